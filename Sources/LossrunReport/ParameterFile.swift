/// The trained parameters of a network: named blocks of a flat vector, in Float32 or Float64.
///
/// File format (`parameters.lrp`, version 1), all integers little-endian:
///
/// | offset | size | content |
/// | --- | --- | --- |
/// | 0 | 8 | magic `LOSSRUNP` (ASCII) |
/// | 8 | 4 | format version, UInt32 = 1 |
/// | 12 | 4 | bytes per scalar, UInt32: 4 (IEEE-754 binary32) or 8 (binary64) |
/// | 16 | 8 | number of scalars n, UInt64 |
/// | 24 | 8 | metadata length m in bytes, UInt64 |
/// | 32 | m | metadata, UTF-8 JSON: `{"blocks":[{"name":"layer1.weight","shape":[50,2]},…]}` |
/// | 32 + m | n × width | the scalars, little-endian, in block order |
///
/// The blocks' element counts (products of their shapes) sum to n, and the file ends exactly
/// after the scalars; the reader checks all of this and reports a ``ReportError`` otherwise.
/// Values are kept as `Double` in memory; Float32 values convert exactly both ways.
public struct ParameterFile: Hashable, Sendable {
  /// The stored precision.
  public enum Precision: UInt32, Hashable, Sendable {
    /// IEEE-754 binary32.
    case float32 = 4
    /// IEEE-754 binary64.
    case float64 = 8
  }

  /// A named block of the vector, such as one layer's weight matrix.
  public struct Block: Hashable, Sendable, Codable {
    /// The block's name.
    public var name: String
    /// The block's shape (row-major).
    public var shape: [Int]

    /// Creates a block.
    public init(name: String, shape: [Int]) {
      self.name = name
      self.shape = shape
    }

    /// The number of scalars, or nil when a dimension is negative or the product overflows.
    public var elementCount: Int? {
      var count = 1
      for extent in shape {
        guard extent >= 0 else { return nil }
        let (product, overflow) = count.multipliedReportingOverflow(by: extent)
        if overflow { return nil }
        count = product
      }
      return count
    }
  }

  /// The magic bytes at the start of the file.
  public static let magic = Array("LOSSRUNP".utf8)
  /// The format version written.
  public static let version: UInt32 = 1

  /// The stored precision.
  public var precision: Precision
  /// The blocks, in vector order.
  public var blocks: [Block]
  /// The scalars.
  public var values: [Double]

  /// Creates a parameter file from a flat vector; throws when the blocks do not cover it.
  public init<Scalar: BinaryFloatingPoint>(
    values: [Scalar], blocks: [Block], precision: Precision
  ) throws(ReportError) {
    let total = blocks.reduce(0 as Int?) { sum, block in
      guard let sum, let count = block.elementCount else { return nil }
      let (next, overflow) = sum.addingReportingOverflow(count)
      return overflow ? nil : next
    }
    guard total == values.count else {
      throw ReportError(
        path: "",
        "the blocks hold \(total.map(String.init) ?? "too many") scalars, not \(values.count)")
    }
    self.precision = precision
    self.blocks = blocks
    self.values = values.map { precision == .float32 ? Double(Float($0)) : Double($0) }
  }

  /// The values converted to `Scalar`.
  public func scalars<Scalar: BinaryFloatingPoint>(_: Scalar.Type = Scalar.self) -> [Scalar] {
    values.map { Scalar($0) }
  }

  /// Writes the file atomically to `path`.
  public func write(to path: String) throws(ReportError) {
    try AtomicFile.write(encoded(), to: path)
  }

  /// Reads and validates the file at `path`.
  public static func read(from path: String) throws(ReportError) -> ParameterFile {
    try decode(FileSystem.readFile(path), path: path)
  }
}
