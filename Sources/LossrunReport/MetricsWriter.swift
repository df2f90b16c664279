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
  private var descriptor: Int32
  private var buffer: [UInt8] = []

  /// Starts a metrics file at `path` with the header of `columns`.
  public init(path: String, columns: MetricsColumns) throws(ReportError) {
    self.path = path
    self.columns = columns
    descriptor = try FileSystem.openForWriting(path + ".partial", append: false)
    buffer.reserveCapacity(Self.flushThreshold * 2)
    buffer.append(contentsOf: columns.header.utf8)
  }

  deinit {
    if descriptor >= 0 { FileSystem.closeQuietly(descriptor) }
  }

  /// Appends one row.
  public func append(_ row: MetricsRow) throws(ReportError) {
    try requireOpen()
    buffer.append(contentsOf: columns.line(for: row).utf8)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes the buffered rows to the partial file.
  public func flush() throws(ReportError) {
    try requireOpen()
    try FileSystem.writeAll(buffer, to: descriptor, path: partialPath)
    buffer.removeAll(keepingCapacity: true)
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
