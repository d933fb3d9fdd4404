/// The `FailureDetails` object of failed history events (mostly filled by out-of-process/isolated apps).
public struct FailureDetails: Sendable, Hashable, JSONDecodable {
    /// `ErrorType`, e.g. `System.InvalidOperationException`.
    public var errorType: String?
    /// `ErrorMessage`.
    public var errorMessage: String?
    /// `StackTrace`.
    public var stackTrace: String?
    /// `IsNonRetriable`.
    public var isNonRetriable: Bool?
    /// `Properties`, any JSON (null when absent).
    public var properties: JSONValue
    private var innerStorage: [FailureDetails]

    /// `InnerFailure`: the failure that caused this one.
    public var innerFailure: FailureDetails? {
        get { innerStorage.first }
        set { innerStorage = newValue.map { [$0] } ?? [] }
    }

    /// Creates failure details from their parts.
    public init(
        errorType: String?,
        errorMessage: String?,
        stackTrace: String? = nil,
        isNonRetriable: Bool? = nil,
        properties: JSONValue = .null,
        innerFailure: FailureDetails? = nil
    ) {
        self.errorType = errorType
        self.errorMessage = errorMessage
        self.stackTrace = stackTrace
        self.isNonRetriable = isNonRetriable
        self.properties = properties
        self.innerStorage = innerFailure.map { [$0] } ?? []
    }

    /// Decodes the PascalCase `FailureDetails` object; unknown keys are ignored.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.init(
            errorType: try reader.optionalString("ErrorType"),
            errorMessage: try reader.optionalString("ErrorMessage"),
            stackTrace: try reader.optionalString("StackTrace"),
            isNonRetriable: try reader.optionalBool("IsNonRetriable"),
            properties: reader.value("Properties"),
            innerFailure: try reader.optionalDecode("InnerFailure")
        )
    }
}
