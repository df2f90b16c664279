import Foundation

/// A fresh temporary directory per test, removed by the caller.
func makeTemporaryDirectory() throws -> String {
  let path = NSTemporaryDirectory() + "lossrun-report-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The text of a file.
func contents(of path: String) throws -> String {
  try String(contentsOfFile: path, encoding: .utf8)
}
