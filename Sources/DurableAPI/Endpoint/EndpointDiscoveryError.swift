/// Why an operator's input could not be turned into a ``DurableEndpoint``.
public enum EndpointDiscoveryError: Error, Sendable, Hashable {
    /// The input was empty.
    case empty
    /// The input is not an absolute `http://` or `https://` URL with a host name.
    case notAURL(String)
    /// The URL has a path but no durable webhook path in it.
    case notADurableURL(String)
    /// The input looked like JSON but is not a check-status payload with a `statusQueryGetUri`.
    case notACheckStatusPayload(String)
}

extension EndpointDiscoveryError: CustomStringConvertible {
    /// A readable, redacted message that says what input is expected.
    public var description: String {
        let expected =
            "expected an app URL (https://myapp.azurewebsites.net), a webhook base "
            + "(…/runtime/webhooks/durabletask), a statusQueryGetUri, or check-status JSON"
        let text: String
        switch self {
        case .empty:
            text = "no host URL given; \(expected)"
        case .notAURL(let input):
            text = "not an http(s) URL: \(Self.shortened(input)); \(expected)"
        case .notADurableURL(let input):
            text = "no durable webhook path in \(Self.shortened(input)); \(expected)"
        case .notACheckStatusPayload(let reason):
            text = "not a check-status payload (\(reason)); \(expected)"
        }
        return Redaction.standard.apply(text)
    }

    private static func shortened(_ input: String) -> String {
        var cleaned = ""
        for character in input.prefix(120) {
            cleaned.append(
                character.isLetter || character.isNumber || character.isPunctuation
                    || character.isSymbol || character == " " ? character : "?"
            )
        }
        return "'\(cleaned)\(input.count > 120 ? "…" : "")'"
    }
}
