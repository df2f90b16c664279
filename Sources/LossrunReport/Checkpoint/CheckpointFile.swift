#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The container of a run's checkpoint, `checkpoint.lrc` in the run directory: a payload framed
/// so that a truncated, foreign or damaged file is recognised before it is decoded.
///
/// Layout (all integers little-endian):
/// - 8 bytes: the magic `LRCKPT01` (the last two digits are the format version);
/// - 8 bytes: the payload's length in bytes;
/// - the payload (the training library writes UTF-8 JSON);
/// - 32 bytes: the SHA-256 of the payload.
///
/// ``write(_:to:)`` is atomic and durable: the bytes go to a temporary sibling, which is synced,
/// renamed over the target, and the directory is synced, so a crash at any moment leaves either
/// the previous checkpoint or the new one, never a mixture.
public enum CheckpointFile {
  /// Why a file cannot be read as a checkpoint.
  public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is missing or unreadable.
    case unreadable(String)
    /// The file does not start with the magic.
    case badMagic
    /// The file ends before its declared payload and hash.
    case truncated
    /// The payload does not match its hash.
    case hashMismatch

    /// One sentence.
    public var description: String {
      switch self {
      case .unreadable(let reason): reason
      case .badMagic: "it is not a lossrun checkpoint (bad magic)"
      case .truncated: "it is truncated"
      case .hashMismatch: "it is corrupt (its SHA-256 does not match its contents)"
      }
    }
  }

  /// The first 8 bytes of every checkpoint.
  public static let magic: [UInt8] = Array("LRCKPT01".utf8)

  /// The framed bytes of `payload`.
  public static func framed(_ payload: [UInt8]) -> [UInt8] {
    var bytes = magic
    bytes.reserveCapacity(magic.count + 8 + payload.count + 32)
    let length = UInt64(payload.count)
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
    }
    bytes += payload
    bytes += SHA256.digest(payload)
    return bytes
  }

  /// The payload of framed `bytes`, after checking the magic, the length and the hash.
  public static func payload(of bytes: [UInt8]) throws(ReadError) -> [UInt8] {
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw .badMagic
    }
    guard bytes.count >= magic.count + 8 else { throw .truncated }
    var length: UInt64 = 0
    for index in 0..<8 { length |= UInt64(bytes[magic.count + index]) << UInt64(8 * index) }
    let start = magic.count + 8
    guard length <= UInt64(bytes.count), bytes.count - start >= Int(length) + 32 else {
      throw .truncated
    }
    let end = start + Int(length)
    let payload = Array(bytes[start..<end])
    guard SHA256.digest(payload) == Array(bytes[end..<end + 32]) else { throw .hashMismatch }
    return payload
  }

  /// Reads the checkpoint at `path` and returns its payload.
  public static func read(from path: String) throws(ReadError) -> [UInt8] {
    let bytes: [UInt8]
    do throws(ReportError) { bytes = try FileSystem.readFile(path) } catch {
      throw .unreadable(error.description)
    }
    return try payload(of: bytes)
  }

  /// Writes `payload` framed to `path` atomically and durably.
  public static func write(_ payload: [UInt8], to path: String) throws(ReportError) {
    try AtomicFile.write(framed(payload), to: path)
    try FileSystem.syncDirectory(containing: path)
  }
}
