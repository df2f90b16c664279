/// Checks a condition that guards the engine's public API, in every build configuration.
///
/// The engine's release builds use `-Ounchecked`, which removes `precondition`; a caller that
/// hands the engine a buffer of the wrong size would then corrupt memory instead of stopping.
/// These checks run once per call on sizes and indices, never per point, so they cost nothing
/// measurable; `fatalError` is kept by every optimisation level.
@inline(__always)
func alwaysPrecondition(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() { fatalError(message(), file: file, line: line) }
}
