import Foundation

extension JSONValue {
    /// The default limit on nested arrays/objects accepted by the parser.
    public static let defaultMaximumDepth = 512

    /// Parses UTF-8 JSON text strictly (RFC 8259), preserving key order and number literals.
    ///
    /// - Throws: `JSONParseError` naming the byte offset and the problem.
    public init(parsing data: Data, maximumDepth: Int = JSONValue.defaultMaximumDepth) throws(JSONParseError) {
        var parser = JSONParser(bytes: Array(data), maximumDepth: maximumDepth)
        self = try parser.parseDocument()
    }

    /// Parses JSON text strictly (RFC 8259), preserving key order and number literals.
    ///
    /// - Throws: `JSONParseError` naming the byte offset (in the text's UTF-8 form) and the problem.
    public init(parsing text: String, maximumDepth: Int = JSONValue.defaultMaximumDepth) throws(JSONParseError) {
        var parser = JSONParser(bytes: Array(text.utf8), maximumDepth: maximumDepth)
        self = try parser.parseDocument()
    }
}
