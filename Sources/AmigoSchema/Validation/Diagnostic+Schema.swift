import AmigoYAML

/// A finding about a file: the YAML layer's `Diagnostic`, named here so that the layers above
/// (the store, reports, the command line) speak of diagnostics without importing the YAML layer.
public typealias Diagnostic = AmigoYAML.Diagnostic
