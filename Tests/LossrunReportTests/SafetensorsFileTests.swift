import Foundation
import LossrunReport
import Testing

/// The safetensors writer: the header's length prefix, padding, dtypes, shapes and offsets,
/// and the little-endian data, read back with Foundation's JSON parser.
@Suite struct SafetensorsFileTests {
  /// A file's header and data section.
  struct Parsed {
    var header: [String: Any]
    var headerLength: Int
    var data: [UInt8]
  }

  static func parse(_ bytes: [UInt8]) throws -> Parsed {
    try #require(bytes.count >= 8)
    let length = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
    try #require(8 + length <= bytes.count)
    let header = try #require(
      JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + length)])) as? [String: Any])
    return Parsed(header: header, headerLength: length, data: Array(bytes[(8 + length)...]))
  }

  @Test(arguments: [ParameterFile.Precision.float32, .float64])
  func headerDescribesEveryTensor(precision: ParameterFile.Precision) throws {
    let file = SafetensorsFile(
      tensors: [
        .init(name: "net.0.weight", shape: [2, 3], values: [1, 2, 3, 4, 5, 6]),
        .init(name: "net.0.bias", shape: [2], values: [-0.5, 0.25]),
        .init(name: "k", shape: [], values: [3.5]),
      ], precision: precision, metadata: [("activation", "tanh"), ("inputs", "[\"x\"]")])
    let parsed = try Self.parse(file.encoded())
    #expect(parsed.headerLength % 8 == 0)
    let metadata = try #require(parsed.header["__metadata__"] as? [String: String])
    #expect(metadata == ["activation": "tanh", "inputs": "[\"x\"]"])
    let width = Int(precision.rawValue)
    let expected: [(String, [Int], [Int])] = [
      ("net.0.weight", [2, 3], [0, 6 * width]), ("net.0.bias", [2], [6 * width, 8 * width]),
      ("k", [], [8 * width, 9 * width]),
    ]
    for (name, shape, offsets) in expected {
      let entry = try #require(parsed.header[name] as? [String: Any], "no tensor \(name)")
      #expect(entry["dtype"] as? String == (precision == .float32 ? "F32" : "F64"))
      #expect(entry["shape"] as? [Int] == shape)
      #expect(entry["data_offsets"] as? [Int] == offsets)
    }
    #expect(parsed.data.count == 9 * width)
    let bias = Array(parsed.data[(6 * width)..<(7 * width)])
    if precision == .float32 {
      #expect(bias == withUnsafeBytes(of: Float(-0.5).bitPattern.littleEndian, Array.init))
    } else {
      #expect(bias == withUnsafeBytes(of: (-0.5).bitPattern.littleEndian, Array.init))
    }
  }
}
