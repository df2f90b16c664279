#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends rows to `metrics.csv` efficiently and publishes the file atomically.
///
/// While the run is in progress, rows are appended to `metrics.csv.partial` next to the target,
/// buffered in memory and written in whole lines once the buffer passes
/// ``flushThreshold`` bytes (or on ``flush()``), so the partial file never ends in a torn
/// row. ``finish()`` flushes, syncs and renames it to `metrics.csv`, replacing any older file
/// in one step. A writer that is dropped without ``finish()`` leaves the partial file.
public final class MetricsWriter {
  /// Buffered bytes that trigger a write.
  public static let flushThreshold = 1 << 16

  /// The columns.
  public let columns: MetricsColumns
  /// The final path.
  public let path: String
  /// The path written while in progress.
  public var partialPath: String { path + ".partial" }
  /// The bytes of the file so far (header and rows, written or buffered).
  public private(set) var byteCount = 0
  private var descriptor: Int32
  private var buffer: [UInt8] = []

  /// Starts a metrics file at `path` with the header of `columns`.
  public init(path: String, columns: MetricsColumns) throws(ReportError) {
    self.path = path
    self.columns = columns
    descriptor = try FileSystem.openForWriting(path + ".partial", append: false)
    buffer.reserveCapacity(Self.flushThreshold * 2)
    buffer.append(contentsOf: columns.header.utf8)
    byteCount = buffer.count
  }

  /// Continues the metrics of an earlier run from its first `keptBytes` bytes: the file at
  /// `source` (the final or the partial file of that run) becomes the partial file, cut back to
  /// `keptBytes`, and later rows are appended. Throws when the file is shorter than that or does
  /// not start with the header of `columns`.
  public init(
    path: String, columns: MetricsColumns, continuing source: String, keptBytes: Int
  ) throws(ReportError) {
    self.path = path
    self.columns = columns
    let partial = path + ".partial"
    let header = Array(columns.header.utf8)
    guard let size = FileSystem.fileSize(source), size >= keptBytes, keptBytes >= header.count
    else {
      throw ReportError(path: source, "holds fewer rows than the checkpoint recorded")
    }
    guard Array(try FileSystem.readFile(source).prefix(header.count)) == header else {
      throw ReportError(path: source, "its columns are not those of this spec")
    }
    if source != partial { try FileSystem.renameReplacing(source, to: partial) }
    try FileSystem.truncateFile(partial, to: keptBytes)
    descriptor = try FileSystem.openForWriting(partial, append: true)
    buffer.reserveCapacity(Self.flushThreshold * 2)
    byteCount = keptBytes
  }

  deinit {
    if descriptor >= 0 { FileSystem.closeQuietly(descriptor) }
  }

  /// Appends one row.
  public func append(_ row: MetricsRow) throws(ReportError) {
    try requireOpen()
    let before = buffer.count
    buffer.append(contentsOf: columns.line(for: row).utf8)
    byteCount += buffer.count - before
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes the buffered rows to the partial file.
  public func flush() throws(ReportError) {
    try requireOpen()
    try FileSystem.writeAll(buffer, to: descriptor, path: partialPath)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes the buffered rows and flushes the partial file to stable storage (so its first
  /// ``byteCount`` bytes survive a crash).
  public func sync() throws(ReportError) {
    try flush()
    guard fsync(descriptor) == 0 else {
      throw ReportError(path: partialPath, "cannot sync: \(FileSystem.lastError())")
    }
  }

  /// Flushes, syncs and atomically renames the partial file to the final path.
  public func finish() throws(ReportError) {
    try flush()
    let open = descriptor
    descriptor = -1
    try FileSystem.syncAndClose(open, path: partialPath)
    try FileSystem.renameReplacing(partialPath, to: path)
  }

  private func requireOpen() throws(ReportError) {
    guard descriptor >= 0 else { throw ReportError(path: path, "the metrics file is finished") }
  }
}
