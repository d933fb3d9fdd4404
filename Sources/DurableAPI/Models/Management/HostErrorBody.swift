import Foundation

/// The body of a host error answer (400, 409, 412, 500, 501; §3), in whichever shape it came, turned into one
/// readable message by `message`.
public enum HostErrorBody: Sendable, Hashable {
    /// Short form `{"Message":"…"}`.
    case short(message: String)
    /// Long form `{"Message","ExceptionMessage","ExceptionType","StackTrace"}` (an exception was caught).
    case long(message: String, exceptionMessage: String?, exceptionType: String?, stackTrace: String?)
    /// A bare JSON string body, e.g. `"Please provide value for 'createdTimeFrom' parameter."`.
    case text(String)
    /// Some other JSON value (not a shape the host is known to send).
    case other(JSONValue)
    /// A body that is not JSON at all (for example an HTML page from a proxy), trimmed.
    case plainText(String)

    /// Interprets a parsed JSON body. Key case is not significant; unknown keys are ignored.
    public init(json: JSONValue) {
        switch json {
        case .string(let text):
            self = .text(text)
        case .object(let object):
            let lowered = Dictionary(
                object.map { ($0.key.lowercased(), $0.value) },
                uniquingKeysWith: { first, _ in first }
            )
            let message = lowered["message"]?.stringValue
            let exceptionMessage = lowered["exceptionmessage"]?.stringValue
            let exceptionType = lowered["exceptiontype"]?.stringValue
            let stackTrace = lowered["stacktrace"]?.stringValue
            let isLongForm = ["exceptionmessage", "exceptiontype", "stacktrace"].contains { lowered[$0] != nil }
            if isLongForm {
                self = .long(
                    message: message ?? "",
                    exceptionMessage: exceptionMessage,
                    exceptionType: exceptionType,
                    stackTrace: stackTrace
                )
            } else if let message {
                self = .short(message: message)
            } else {
                self = .other(json)
            }
        default:
            self = .other(json)
        }
    }

    /// Interprets a raw response body: JSON when it parses, otherwise the text itself.
    public init(body: Data) {
        if let json = try? JSONValue(parsing: body) {
            self.init(json: json)
        } else {
            let text = String(decoding: body, as: UTF8.self)
            self = .plainText(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// One readable line for the operator: the long form's `ExceptionMessage` with its `Message` as context in
    /// parentheses (never the stack trace), the short form's `Message`, or the text. `code=` values are masked,
    /// control characters and line breaks replaced, so the line is safe to log and to draw on a terminal.
    public var message: String {
        let text: String
        switch self {
        case .short(let message):
            text = message
        case .long(let message, let exceptionMessage, let exceptionType, _):
            let detail = exceptionMessage.flatMap { $0.isEmpty ? nil : $0 } ?? exceptionType ?? ""
            if detail.isEmpty || detail == message {
                text = message
            } else if message.isEmpty {
                text = detail
            } else {
                text = "\(detail) (\(message))"
            }
        case .text(let string), .plainText(let string):
            text = string
        case .other(let json):
            text = json.compactText
        }
        return HostText.sanitized(Redaction.standard.apply(text))
    }
}

extension HostErrorBody: JSONEncodable {
    /// The body as the host writes it: PascalCase objects for the short and long forms (nulls included), a JSON
    /// string for `.text` and `.plainText`, the value itself for `.other`.
    public var json: JSONValue {
        switch self {
        case .short(let message):
            return ["Message": .string(message)]
        case .long(let message, let exceptionMessage, let exceptionType, let stackTrace):
            return [
                "Message": .string(message),
                "ExceptionMessage": exceptionMessage.map(JSONValue.string) ?? .null,
                "ExceptionType": exceptionType.map(JSONValue.string) ?? .null,
                "StackTrace": stackTrace.map(JSONValue.string) ?? .null,
            ]
        case .text(let text), .plainText(let text):
            return .string(text)
        case .other(let json):
            return json
        }
    }
}
