import Foundation

/// One point count's measurements, rendered as a table row or a JSON object.
struct BenchResult {
  var points: Int
  var precision: String
  var threads: Int
  var steps: Int
  var summedMilliseconds: Double
  var perTermMilliseconds: Double
  var matmulFlopsPerStep: Int
  var perTermGFLOPs: Double
  var squareProductGFLOPs: Double
  var bufferBytes: Int
  var maxResidentBytes: Int
  var losses: [Double]

  var row: String {
    String(
      format: "%6d  %9.3f  %11.3f  %5.2f  %17.1f  %8.0f%%  %11.2f  %10.1f", points,
      summedMilliseconds, perTermMilliseconds, perTermMilliseconds / summedMilliseconds,
      perTermGFLOPs, 100 * perTermGFLOPs / squareProductGFLOPs,
      Double(bufferBytes) / 1_048_576, Double(maxResidentBytes) / 1_048_576)
  }

  var json: String {
    let fields: [(String, String)] = [
      ("points", "\(points)"), ("precision", "\"\(precision)\""), ("threads", "\(threads)"),
      ("steps", "\(steps)"),
      ("summed_ms", String(format: "%.4f", summedMilliseconds)),
      ("per_term_ms", String(format: "%.4f", perTermMilliseconds)),
      ("per_term_over_summed", String(format: "%.4f", perTermMilliseconds / summedMilliseconds)),
      ("matmul_flops_per_step", "\(matmulFlopsPerStep)"),
      ("per_term_gflops", String(format: "%.2f", perTermGFLOPs)),
      ("square_product_gflops", String(format: "%.2f", squareProductGFLOPs)),
      ("fraction_of_square", String(format: "%.4f", perTermGFLOPs / squareProductGFLOPs)),
      ("buffer_bytes", "\(bufferBytes)"), ("max_resident_bytes", "\(maxResidentBytes)"),
      ("losses", "[" + losses.map { String(format: "%.6g", $0) }.joined(separator: ", ") + "]"),
    ]
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// Peak resident set size of this process (getrusage; kilobytes on Linux).
  static func maxResidentBytes() -> Int {
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024
    #else
      return Int(usage.ru_maxrss)
    #endif
  }
}
