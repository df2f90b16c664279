import Foundation
import LossrunJSON

extension ParameterFile {
  /// The file's bytes.
  public func encoded() -> [UInt8] {
    let blockValues = blocks.map { block in
      JSONValue.object([
        "name": .string(block.name), "shape": .array(block.shape.map { .integer($0) }),
      ])
    }
    let metadata = Array(JSONValue.object(["blocks": .array(blockValues)]).text().utf8)
    var bytes = Self.magic
    bytes.reserveCapacity(32 + metadata.count + values.count * Int(precision.rawValue))
    append(Self.version, to: &bytes)
    append(precision.rawValue, to: &bytes)
    append(UInt64(values.count), to: &bytes)
    append(UInt64(metadata.count), to: &bytes)
    bytes += metadata
    for value in values {
      switch precision {
      case .float32: append(Float(value).bitPattern, to: &bytes)
      case .float64: append(value.bitPattern, to: &bytes)
      }
    }
    return bytes
  }

  /// Decodes and validates the bytes of a parameter file read from `path`.
  public static func decode(_ bytes: [UInt8], path: String) throws(ReportError) -> ParameterFile {
    func fail(_ message: String) -> ReportError { ReportError(path: path, message) }
    guard bytes.count >= 32, Array(bytes[0..<8]) == magic else {
      throw fail("not a lossrun parameter file (bad magic or too short)")
    }
    let version: UInt32 = integer(bytes, at: 8)
    guard version == Self.version else { throw fail("unsupported format version \(version)") }
    guard let precision = Precision(rawValue: integer(bytes, at: 12)) else {
      throw fail("unsupported scalar width \(integer(bytes, at: 12) as UInt32)")
    }
    let count: UInt64 = integer(bytes, at: 16)
    let metadataLength: UInt64 = integer(bytes, at: 24)
    let (payload, overflow1) = count.multipliedReportingOverflow(by: UInt64(precision.rawValue))
    let (rest, overflow2) = payload.addingReportingOverflow(metadataLength)
    guard !overflow1, !overflow2, rest == UInt64(bytes.count - 32) else {
      throw fail("the length does not match the header (\(bytes.count) bytes)")
    }
    let metadataEnd = 32 + Int(metadataLength)
    let blocks: [Block]
    do {
      blocks = try JSONDecoder().decode(Metadata.self, from: Data(bytes[32..<metadataEnd])).blocks
    } catch {
      throw fail("the metadata is not valid block JSON")
    }
    var values: [Double] = []
    values.reserveCapacity(Int(count))
    for index in 0..<Int(count) {
      let offset = metadataEnd + index * Int(precision.rawValue)
      switch precision {
      case .float32: values.append(Double(Float(bitPattern: integer(bytes, at: offset))))
      case .float64: values.append(Double(bitPattern: integer(bytes, at: offset)))
      }
    }
    do throws(ReportError) {
      return try ParameterFile(values: values, blocks: blocks, precision: precision)
    } catch {
      throw fail(error.message)
    }
  }

  private struct Metadata: Decodable {
    var blocks: [Block]
  }

  private func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
  }

  private static func integer<Integer: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int)
    -> Integer
  {
    var value: Integer = 0
    for index in 0..<(Integer.bitWidth / 8) {
      value |= Integer(bytes[offset + index]) << (8 * index)
    }
    return value
  }
}
