#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over the POSIX calls the writers need, reporting failures as ``ReportError``.
enum FileSystem {
  /// The description of the current `errno`.
  static func lastError() -> String { String(cString: strerror(errno)) }

  /// Opens `path` for writing (created with mode 0644, truncated or appended).
  static func openForWriting(_ path: String, append: Bool) throws(ReportError) -> Int32 {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else { throw ReportError(path: path, "cannot open: \(lastError())") }
    return descriptor
  }

  /// Writes all of `bytes` to `descriptor`, retrying partial writes and interruptions.
  static func writeAll(
    _ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String
  ) throws(ReportError) {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw ReportError(path: path, "cannot write: \(lastError())")
      }
      offset += written
    }
  }

  /// Writes all of `bytes` to `descriptor`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(ReportError) {
    let failure: ReportError? = bytes.withUnsafeBytes { raw in
      do throws(ReportError) {
        try writeAll(raw, to: descriptor, path: path)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Flushes `descriptor` to stable storage and closes it.
  static func syncAndClose(_ descriptor: Int32, path: String) throws(ReportError) {
    let synced = fsync(descriptor) == 0
    let message = synced ? "" : lastError()
    close(descriptor)
    guard synced else { throw ReportError(path: path, "cannot sync: \(message)") }
  }

  /// Closes `descriptor`, ignoring errors (for clean-up paths).
  static func closeQuietly(_ descriptor: Int32) { close(descriptor) }

  /// Renames `source` to `destination`, replacing it atomically.
  static func renameReplacing(_ source: String, to destination: String) throws(ReportError) {
    guard rename(source, destination) == 0 else {
      throw ReportError(path: destination, "cannot rename \(source) into place: \(lastError())")
    }
  }

  /// Creates `path` and its missing parents (like `mkdir -p`).
  static func makeDirectories(_ path: String) throws(ReportError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component + "/"
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw ReportError(path: prefix, "cannot create directory: \(lastError())")
      }
    }
  }

  /// Reads the whole file at `path`.
  static func readFile(_ path: String) throws(ReportError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ReportError(path: path, "cannot open: \(lastError())") }
    defer { close(descriptor) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ReportError(path: path, "cannot read: \(lastError())")
      }
      if count == 0 { return result }
      result.append(contentsOf: chunk[0..<count])
    }
  }
}
