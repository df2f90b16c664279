// swift-tools-version: 6.1
import PackageDescription

// MARK: - Shared settings

/// The numeric engine is compiled with full optimisation and without overflow checks in release;
/// debug builds keep every check so tests catch indexing mistakes.
/// On x86-64, release builds target the CPU they are built on (`-target-cpu native`: AVX-512 and
/// FMA on this project's machines, which makes the SIMD16 kernels about 1.5x faster than AVX2), so
/// `swift run -c release` is fast wherever it runs. To build a binary for other machines, set
/// LOSSRUN_TARGET_CPU (e.g. `haswell` for AVX2 + FMA, `x86-64` for any x86-64).
#if arch(x86_64)
  let engineCPUFlags = ["-target-cpu", Context.environment["LOSSRUN_TARGET_CPU"] ?? "native"]
#else
  let engineCPUFlags: [String] = []
#endif
let engineSettings: [SwiftSetting] = [
  .unsafeFlags(["-Ounchecked", "-wmo"] + engineCPUFlags, .when(configuration: .release))
]
/// The training target also reads user files (reference CSVs), so it keeps Swift's checks and
/// only shares the engine's CPU target, which vectorises its per-step loops (Adam, sampling).
let trainingSettings: [SwiftSetting] = [
  .unsafeFlags(["-wmo"] + engineCPUFlags, .when(configuration: .release))
]

let package = Package(
  name: "lossrun",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "lossrun", targets: ["lossrun"]),
    .executable(name: "lossrun-bench", targets: ["lossrun-bench"]),
    .library(name: "LossrunDiagnostics", targets: ["LossrunDiagnostics"]),
    .library(name: "LossrunSpec", targets: ["LossrunSpec"]),
    .library(name: "LossrunCheck", targets: ["LossrunCheck"]),
    .library(name: "LossrunEngine", targets: ["LossrunEngine"]),
    .library(name: "LossrunTraining", targets: ["LossrunTraining"]),
    .library(name: "LossrunReport", targets: ["LossrunReport"]),
  ],
  // MARK: - Dependencies
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
  ],
  targets: [
    // MARK: - Libraries
    .target(name: "LossrunJSON"),
    .target(name: "LossrunDiagnostics", dependencies: ["LossrunJSON"]),
    .target(
      name: "LossrunSpec",
      dependencies: [
        "LossrunDiagnostics", "LossrunJSON", .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "LossrunCheck", dependencies: ["LossrunDiagnostics", "LossrunJSON", "LossrunSpec"]),
    .target(name: "LossrunEngine", swiftSettings: engineSettings),
    .target(
      name: "LossrunTraining",
      dependencies: [
        "LossrunDiagnostics", "LossrunCheck", "LossrunEngine", "LossrunReport",
      ],
      swiftSettings: trainingSettings
    ),
    .target(name: "LossrunReport", dependencies: ["LossrunJSON"]),

    // MARK: - Executables
    .executableTarget(
      name: "lossrun",
      dependencies: [
        "LossrunDiagnostics", "LossrunJSON", "LossrunSpec", "LossrunCheck", "LossrunTraining",
        "LossrunReport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "lossrun-bench",
      dependencies: [
        "LossrunEngine", "LossrunTraining",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: engineSettings
    ),

    // MARK: - Tests
    .target(
      name: "LossrunTestSupport",
      dependencies: ["LossrunDiagnostics"],
      path: "Tests/LossrunTestSupport"
    ),
    .testTarget(name: "LossrunJSONTests", dependencies: ["LossrunJSON"]),
    .testTarget(
      name: "LossrunDiagnosticsTests",
      dependencies: ["LossrunDiagnostics", "LossrunTestSupport"]
    ),
    .testTarget(
      name: "LossrunSpecTests",
      dependencies: ["LossrunSpec", "LossrunEngine", "LossrunTestSupport"]
    ),
    .testTarget(
      name: "LossrunCheckTests",
      dependencies: ["LossrunCheck", "LossrunSpec", "LossrunEngine", "LossrunTestSupport"]
    ),
    .testTarget(
      name: "LossrunCLITests",
      dependencies: [
        "lossrun", "LossrunCheck", "LossrunDiagnostics", "LossrunReport", "LossrunTraining",
        "LossrunTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "LossrunTrainingTests",
      dependencies: [
        "LossrunTraining", "LossrunTestSupport", "LossrunEngine", "LossrunCheck", "LossrunSpec",
        "LossrunReport",
      ]
    ),
    .testTarget(
      name: "LossrunReportTests",
      dependencies: ["LossrunReport", "LossrunTestSupport"]
    ),
    .testTarget(
      name: "LossrunTextFormatTests",
      dependencies: ["LossrunSpec", "LossrunCheck", "LossrunEngine", "LossrunTestSupport"]
    ),
    .testTarget(
      name: "LossrunEngineTests",
      dependencies: ["LossrunEngine", "LossrunTestSupport"]
    ),
  ]
)
