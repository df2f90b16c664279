#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// Flushes the directory holding `path` to stable storage (so a rename into it survives a
  /// crash).
  static func syncDirectory(containing path: String) throws(ReportError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportError(path: directory, "cannot open the directory: \(lastError())")
    }
    try syncAndClose(descriptor, path: directory)
  }

  /// The names in the directory at `path` (without `.` and `..`); nil when it does not exist or
  /// is not a directory.
  static func directoryEntries(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Whether a file (of any kind) exists at `path`.
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// The size in bytes of the file at `path`, or nil when it cannot be read.
  static func fileSize(_ path: String) -> Int? {
    var information = stat()
    guard stat(path, &information) == 0 else { return nil }
    return Int(information.st_size)
  }

  /// Removes the file at `path`; a missing file is not an error.
  static func removeFile(_ path: String) throws(ReportError) {
    guard unlink(path) == 0 || errno == ENOENT else {
      throw ReportError(path: path, "cannot remove: \(lastError())")
    }
  }

  /// Cuts the file at `path` to its first `length` bytes.
  static func truncateFile(_ path: String, to length: Int) throws(ReportError) {
    guard truncate(path, off_t(length)) == 0 else {
      throw ReportError(path: path, "cannot truncate: \(lastError())")
    }
  }
}
