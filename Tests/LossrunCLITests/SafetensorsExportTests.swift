import Foundation
import LossrunReport
import Testing

/// `parameters.safetensors` in a run directory: the `torch.nn.Sequential` names and shapes,
/// contiguous offsets, the metadata that describe the network, and the same values as
/// `parameters.lrp`.
@Suite struct SafetensorsExportTests {
  @Test func everyRunWritesTheParametersAsSafetensors() throws {
    let run = try TrainedRun(precision: "float64")
    defer { run.remove() }
    let bytes = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: run.directory + "/parameters.safetensors")))
    let length = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
    let header = try #require(
      JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + length)])) as? [String: Any])
    let metadata = try #require(header["__metadata__"] as? [String: String])
    #expect(metadata["architecture"] == "mlp")
    #expect(metadata["layer_sizes"] == "[2,8,8,1]")
    #expect(metadata["activation"] == "tanh")
    #expect(metadata["inputs"] == "[\"x\",\"y\"]")
    #expect(metadata["outputs"] == "[\"u\"]")
    #expect(metadata["input_normalization"] == "box")
    #expect(metadata["input_affine_matrix"] == "[2.0,0.0,0.0,2.0]")
    #expect(metadata["input_affine_offset"] == "[-1.0,-1.0]")
    #expect(metadata["precision"] == "float64")
    #expect(metadata["lossrun_version"] == LossrunVersion.current)
    let lrp = try ParameterFile.read(from: run.directory + "/parameters.lrp")
    let names = [
      "net.0.weight", "net.0.bias", "net.2.weight", "net.2.bias", "net.4.weight", "net.4.bias",
    ]
    #expect(Set(header.keys) == Set(names + ["__metadata__"]))
    var offset = 0
    for (name, block) in zip(names, lrp.blocks) {
      let entry = try #require(header[name] as? [String: Any])
      #expect(entry["dtype"] as? String == "F64")
      #expect(entry["shape"] as? [Int] == block.shape)
      let count = block.shape.reduce(1, *)
      #expect(entry["data_offsets"] as? [Int] == [offset, offset + 8 * count])
      offset += 8 * count
    }
    let data = Array(bytes[(8 + length)...])
    #expect(data.count == offset)
    let values = (0..<(data.count / 8)).map { index in
      Double(
        bitPattern: (0..<8).reduce(UInt64(0)) { $0 | UInt64(data[index * 8 + $1]) << (8 * $1) })
    }
    #expect(values == lrp.values)
  }
}
