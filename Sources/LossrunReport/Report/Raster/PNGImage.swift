import Foundation

/// An 8-bit RGB image encoded as PNG without compression (zlib "stored" blocks).
///
/// Heat maps embed their cells as one `<image>` with a PNG data URI rather than one `<rect>`
/// per cell: a 200×200 grid is about 160 kB of base64 instead of about 2 MB of rectangles,
/// browsers draw it instantly, and `image-rendering: pixelated` keeps every cell a crisp
/// square. Stored blocks need no compressor, only CRC-32 and Adler-32, so the encoder is a
/// few lines and its output is deterministic.
public struct PNGImage: Sendable {
  /// The width in pixels.
  public let width: Int
  /// The height in pixels.
  public let height: Int
  /// The pixels, row by row from the top.
  public let pixels: [RGBColor]

  /// Creates an image; `pixels` holds `width * height` colours, top row first (missing pixels
  /// are drawn as ``RGBColor/missing``, extra ones are ignored).
  public init(width: Int, height: Int, pixels: [RGBColor]) {
    self.width = max(1, width)
    self.height = max(1, height)
    let count = self.width * self.height
    self.pixels =
      pixels.count >= count
      ? Array(pixels.prefix(count))
      : pixels + Array(repeating: .missing, count: count - pixels.count)
  }

  /// The PNG file's bytes.
  public var data: [UInt8] {
    var header: [UInt8] = []
    Self.appendBigEndian(UInt32(width), to: &header)
    Self.appendBigEndian(UInt32(height), to: &header)
    header += [8, 2, 0, 0, 0]  // 8 bits per sample, RGB, deflate, adaptive filter, no interlace
    var raw: [UInt8] = []
    raw.reserveCapacity(height * (1 + 3 * width))
    for row in 0..<height {
      raw.append(0)  // filter type None
      for pixel in pixels[(row * width)..<((row + 1) * width)] {
        raw += [pixel.red, pixel.green, pixel.blue]
      }
    }
    var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    Self.appendChunk("IHDR", header, to: &file)
    Self.appendChunk("IDAT", Self.zlibStored(raw), to: &file)
    Self.appendChunk("IEND", [], to: &file)
    return file
  }

  /// A `data:` URI of the PNG, for an `<image href>`.
  public var dataURI: String {
    "data:image/png;base64," + Data(data).base64EncodedString()
  }

  /// A zlib stream of `bytes` in stored (uncompressed) deflate blocks of at most 65535 bytes.
  static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
    var stream: [UInt8] = [0x78, 0x01]
    var start = 0
    repeat {
      let end = min(bytes.count, start + 65535)
      let length = UInt16(end - start)
      stream.append(end == bytes.count ? 1 : 0)
      stream += [
        UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8),
      ]
      stream += bytes[start..<end]
      start = end
    } while start < bytes.count
    appendBigEndian(Checksum.adler32(bytes), to: &stream)
    return stream
  }

  private static func appendChunk(_ type: String, _ body: [UInt8], to file: inout [UInt8]) {
    appendBigEndian(UInt32(body.count), to: &file)
    let typed = Array(type.utf8) + body
    file += typed
    appendBigEndian(Checksum.crc32(typed), to: &file)
  }

  private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
    bytes += [
      UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
    ]
  }
}
