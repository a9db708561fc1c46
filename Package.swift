// swift-tools-version:6.0
import PackageDescription

// Policy: no package dependencies. Foundation, Dispatch, XCTest and Swift Testing only.
let package = Package(
  name: "amigo",
  products: [
    .executable(name: "amigo", targets: ["amigo"])
  ],
  dependencies: [],
  targets: [
    // The strict-YAML document layer: lossless, line-splicing edits, domain-free.
    .target(name: "AmigoYAML", exclude: ["README.md"]),
    // The domain: model, schema, decoding and validation rules. Pure: no I/O, no clock.
    .target(name: "AmigoSchema", dependencies: ["AmigoYAML"], exclude: ["README.md"]),
    // The only module that touches the file system.
    .target(name: "AmigoStore", dependencies: ["AmigoSchema", "AmigoYAML"], exclude: ["README.md"]),
    // Pure report logic and rendering; reads the model only.
    .target(name: "AmigoReports", dependencies: ["AmigoSchema"], exclude: ["README.md"]),
    // Arguments, commands, environment, output.
    .target(
      name: "AmigoCLI", dependencies: ["AmigoStore", "AmigoReports", "AmigoSchema", "AmigoYAML"], exclude: ["README.md"]),
    .executableTarget(name: "amigo", dependencies: ["AmigoCLI"]),
    .executableTarget(name: "amigo-bench", dependencies: ["AmigoSchema", "AmigoYAML"]),
    // Test-only helpers (fixture paths, golden files); not a product.
    .target(name: "_AmigoTestSupport", path: "Sources/_AmigoTestSupport"),
    .testTarget(name: "AmigoYAMLTests", dependencies: ["AmigoYAML", "_AmigoTestSupport"]),
    .testTarget(name: "AmigoSchemaTests", dependencies: ["AmigoSchema", "_AmigoTestSupport"]),
    .testTarget(name: "AmigoStoreTests", dependencies: ["AmigoStore", "_AmigoTestSupport"]),
    .testTarget(name: "AmigoReportsTests", dependencies: ["AmigoReports", "_AmigoTestSupport"]),
    .testTarget(name: "AmigoCLITests", dependencies: ["AmigoCLI", "_AmigoTestSupport"]),
    // Runs the built `amigo` as a process: kills, concurrent writers, hostile files, write errors.
    .testTarget(
      name: "AmigoEndToEndTests", dependencies: ["_AmigoTestSupport", "AmigoSchema", "AmigoYAML"]),
  ]
)
