import LossrunJSON

/// Tensors in the safetensors format (`parameters.safetensors`), which PyTorch, JAX and NumPy
/// load with the `safetensors` package.
///
/// Layout: an 8-byte little-endian unsigned header length `n`; `n` bytes of UTF-8 JSON, padded
/// with spaces to a multiple of 8, holding `__metadata__` (string to string) and, per tensor,
/// `{"dtype": "F32" | "F64", "shape": [...], "data_offsets": [begin, end]}` with offsets into
/// the data that follows; then the tensors' values, little-endian, row-major, one after another
/// in the order given, with no gaps.
package struct SafetensorsFile: Sendable {
  /// One named tensor.
  package struct Tensor: Sendable, Equatable {
    /// The tensor's name (the key in the file).
    package var name: String
    /// Its shape, row-major; empty for a 0-d tensor (one value).
    package var shape: [Int]
    /// Its values, `shape`'s product of them.
    package var values: [Double]

    /// Creates a tensor.
    package init(name: String, shape: [Int], values: [Double]) {
      self.name = name
      self.shape = shape
      self.values = values
    }
  }

  /// The tensors, in file order.
  package var tensors: [Tensor]
  /// The element type of every tensor.
  package var precision: ParameterFile.Precision
  /// The `__metadata__` entries, in order.
  package var metadata: [(String, String)]

  /// Creates a file.
  package init(
    tensors: [Tensor], precision: ParameterFile.Precision, metadata: [(String, String)]
  ) {
    self.tensors = tensors
    self.precision = precision
    self.metadata = metadata
  }

  /// The file's bytes.
  package func encoded() -> [UInt8] {
    let width = Int(precision.rawValue)
    var members: [(String, JSONValue)] = [
      ("__metadata__", .object(metadata.map { ($0.0, JSONValue.string($0.1)) }))
    ]
    var offset = 0
    for tensor in tensors {
      let end = offset + tensor.values.count * width
      members.append(
        (
          tensor.name,
          .object([
            "dtype": .string(precision == .float32 ? "F32" : "F64"),
            "shape": .array(tensor.shape.map { .integer($0) }),
            "data_offsets": .array([.integer(offset), .integer(end)]),
          ])
        ))
      offset = end
    }
    var header = Array(JSONValue.object(members).text().utf8)
    while header.count % 8 != 0 { header.append(UInt8(ascii: " ")) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(8 + header.count + offset)
    Self.append(UInt64(header.count), to: &bytes)
    bytes += header
    for tensor in tensors {
      for value in tensor.values {
        switch precision {
        case .float32: Self.append(Float(value).bitPattern, to: &bytes)
        case .float64: Self.append(value.bitPattern, to: &bytes)
        }
      }
    }
    return bytes
  }

  /// Writes the file atomically to `path`.
  package func write(to path: String) throws(ReportError) {
    try AtomicFile.write(encoded(), to: path)
  }

  private static func append<Integer: FixedWidthInteger>(
    _ value: Integer, to bytes: inout [UInt8]
  ) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
  }
}
