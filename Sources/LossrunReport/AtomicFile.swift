#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole files atomically: readers see the old file or the new one, never a part.
///
/// The bytes go to a temporary file in the same directory (`.<name>.tmp-<pid>`, so the rename
/// stays within one file system), which is flushed to disk and then renamed over the target.
public enum AtomicFile {
  /// Replaces the file at `path` with `bytes`.
  public static func write(_ bytes: [UInt8], to path: String) throws(ReportError) {
    let temporary = temporaryPath(for: path)
    let descriptor = try FileSystem.openForWriting(temporary, append: false)
    do throws(ReportError) {
      try FileSystem.writeAll(bytes, to: descriptor, path: temporary)
      try FileSystem.syncAndClose(descriptor, path: temporary)
      try FileSystem.renameReplacing(temporary, to: path)
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Replaces the file at `path` with the UTF-8 bytes of `text`.
  public static func write(_ text: String, to path: String) throws(ReportError) {
    try write(Array(text.utf8), to: path)
  }

  /// The temporary sibling of `path` used while writing it.
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return "\(directory).\(name).tmp-\(getpid())"
  }
}
