import Foundation
import Testing

@testable import LossrunReport

@Suite("Report colour maps and PNG rasters")
struct RasterTests {
  @Test("colour maps hit their published endpoints and centre")
  func colorMapEndpoints() {
    #expect(ColorMap.viridis.color(at: 0) == RGBColor(red: 68, green: 1, blue: 84))
    #expect(ColorMap.viridis.color(at: 1) == RGBColor(red: 253, green: 231, blue: 37))
    #expect(ColorMap.viridis.color(at: -3) == ColorMap.viridis.color(at: 0))
    #expect(ColorMap.viridis.color(at: 7) == ColorMap.viridis.color(at: 1))
    #expect(ColorMap.coolWarm.color(at: 0) == RGBColor(red: 59, green: 76, blue: 192))
    #expect(ColorMap.coolWarm.color(at: 0.5) == RGBColor(red: 221, green: 221, blue: 221))
    #expect(ColorMap.coolWarm.color(at: 1) == RGBColor(red: 180, green: 4, blue: 38))
    #expect(ColorMap.viridis.color(at: .nan) == .missing)
    #expect(RGBColor(red: 255, green: 16, blue: 0).hex == "#ff1000")
  }

  @Test("viridis gets lighter monotonically")
  func viridisLightness() {
    let luma = (0...20).map { index -> Double in
      let color = ColorMap.viridis.color(at: Double(index) / 20)
      return 0.299 * Double(color.red) + 0.587 * Double(color.green) + 0.114 * Double(color.blue)
    }
    #expect(zip(luma, luma.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test("a PNG has a valid signature, chunks with correct CRCs and the right size")
  func pngValidity() throws {
    let width = 200
    let height = 150
    let pixels = (0..<(width * height)).map {
      ColorMap.viridis.color(at: Double($0 % width) / Double(width))
    }
    let bytes = PNGImage(width: width, height: height, pixels: pixels).data
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let chunks = try PNGReader.chunks(bytes)
    #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
    let header = chunks[0].body
    #expect(PNGReader.bigEndian(header, at: 0) == UInt32(width))
    #expect(PNGReader.bigEndian(header, at: 4) == UInt32(height))
    #expect(Array(header[8...]) == [8, 2, 0, 0, 0])
    let raw = try PNGReader.inflateStored(chunks[1].body)
    #expect(raw.count == height * (1 + 3 * width))
    // Row 0, pixel 1 is the second pixel given.
    #expect(raw[0] == 0)
    #expect(Array(raw[4..<7]) == [pixels[1].red, pixels[1].green, pixels[1].blue])
    // Stored blocks: the file is the raw data plus a small overhead, under 100 kB here.
    #expect(bytes.count < raw.count + 200)
  }

  @Test("the checksums match known values")
  func checksums() {
    #expect(Checksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(Checksum.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
  }

  @Test("a heat map embeds one image of the grid, greys NaN cells and has a colour bar")
  func heatMap() throws {
    let xs = (0..<30).map { Double($0) / 29 }
    let ys = (0..<20).map { Double($0) / 19 }
    var values = ys.flatMap { y in xs.map { x in exp(x) * sin(4 * Double.pi * y) } }
    values[0] = .nan
    let map = HeatMap(
      title: "u", xs: xs, ys: ys, values: values, colorMap: .coolWarm, xLabel: "x", yLabel: "y",
      identifier: "field_u_error")
    let markup = map.markup
    try XMLCheck.parse(markup)
    #expect(XMLCheck.elementCount("image", in: markup) == 2)  // the cells and the colour bar
    #expect(markup.contains("data-grid=\"30x20\""))
    #expect(markup.contains("data-color-map=\"coolwarm\""))
    #expect(markup.contains("not a number"))
    let axis = map.colorAxis
    #expect(axis.lower == -axis.upper)
    // Value (x0, y0) is NaN; it is the first pixel of the bottom row of the image.
    let image = map.image
    #expect(image.pixels[19 * 30] == .missing)
    #expect(image.pixels[0] != .missing)
  }
}

/// A minimal PNG reader for the tests: chunk walking with CRC checks and stored-block inflate.
enum PNGReader {
  struct Invalid: Error { var reason: String }

  static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
  }

  static func chunks(_ bytes: [UInt8]) throws -> [(type: String, body: [UInt8])] {
    var result: [(String, [UInt8])] = []
    var offset = 8
    while offset < bytes.count {
      let length = Int(bigEndian(bytes, at: offset))
      let typed = Array(bytes[(offset + 4)..<(offset + 8 + length)])
      let crc = bigEndian(bytes, at: offset + 8 + length)
      guard crc == independentCRC(typed) else { throw Invalid(reason: "bad CRC") }
      result.append((String(decoding: typed.prefix(4), as: UTF8.self), Array(typed.dropFirst(4))))
      offset += 12 + length
    }
    return result
  }

  /// A bitwise CRC-32, written independently of the table-driven one under test.
  static func independentCRC(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
    }
    return ~crc
  }

  static func inflateStored(_ stream: [UInt8]) throws -> [UInt8] {
    guard stream.count >= 6, (UInt16(stream[0]) << 8 | UInt16(stream[1])) % 31 == 0 else {
      throw Invalid(reason: "bad zlib header")
    }
    var output: [UInt8] = []
    var offset = 2
    while true {
      let final = stream[offset] & 1 == 1
      guard stream[offset] >> 1 == 0 else { throw Invalid(reason: "not a stored block") }
      let length = Int(stream[offset + 1]) | Int(stream[offset + 2]) << 8
      let complement = Int(stream[offset + 3]) | Int(stream[offset + 4]) << 8
      guard length ^ complement == 0xFFFF else { throw Invalid(reason: "bad block length") }
      output += stream[(offset + 5)..<(offset + 5 + length)]
      offset += 5 + length
      if final { break }
    }
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in output {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    guard bigEndian(stream, at: offset) == b << 16 | a else {
      throw Invalid(reason: "bad Adler-32")
    }
    return output
  }
}
