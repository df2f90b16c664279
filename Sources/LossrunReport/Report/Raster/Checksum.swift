/// The two checksums a PNG file needs: CRC-32 (ISO 3309, over each chunk) and Adler-32
/// (RFC 1950, over the zlib stream's uncompressed data).
enum Checksum {
  /// The CRC-32 lookup table for the reflected polynomial 0xEDB88320.
  private static let crcTable: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// The CRC-32 of `bytes`.
  static func crc32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  /// The Adler-32 of `bytes`.
  static func adler32(_ bytes: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    // 5552 is the largest block for which the sums cannot overflow 32 bits (RFC 1950).
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + 5552)
      for index in start..<end {
        a += UInt32(bytes[index])
        b += a
      }
      a %= 65521
      b %= 65521
      start = end
    }
    return b << 16 | a
  }
}
