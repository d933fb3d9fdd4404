import DurableAPI

/// Masks credentials in anything shown from the host: `Authorization`-style headers, bearer tokens, `code=` and
/// `sig=` query values, and the functions key header.
public enum SecretMasking {
    /// Object keys whose values are always masked (compared case-insensitively).
    public static let sensitiveKeys: Set<String> = [
        "authorization", "proxy-authorization", "x-functions-key", "x-api-key", "api-key", "apikey", "cookie",
        "set-cookie", "password", "client_secret", "access_token", "refresh_token", "id_token",
    ]

    /// A copy of a JSON value with every sensitive member and every token inside strings masked.
    public static func masked(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if let embedded = embeddedJSON(text) {
                return .string(masked(embedded).compactText)
            }
            return .string(masked(text))
        case .array(let elements):
            return .array(elements.map(masked))
        case .object(let members):
            var copy = members
            for (key, member) in members {
                if sensitiveKeys.contains(key.lowercased()) {
                    copy[key] = maskedMember(member)
                } else {
                    copy[key] = masked(member)
                }
            }
            return .object(copy)
        default:
            return value
        }
    }

    /// A string that holds a JSON object or array (history inputs are JSON text), parsed.
    private static func embeddedJSON(_ text: String) -> JSONValue? {
        guard let first = text.first, first == "{" || first == "[" else {
            return nil
        }
        guard let value = try? JSONValue(parsing: text) else {
            return nil
        }
        switch value {
        case .object, .array: return value
        default: return nil
        }
    }

    /// Text with bearer tokens, `code=`/`sig=` values and functions keys masked.
    public static func masked(_ text: String) -> String {
        var result = Redaction.standard.apply(text)
        result = maskWord(after: "bearer ", in: result)
        result = maskWord(after: "sig=", in: result)
        return result
    }

    /// A sensitive member: strings and arrays of strings become `***`, keeping the scheme of `Bearer x`.
    private static func maskedMember(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if let space = text.firstIndex(of: " "), text[..<space].lowercased() == "bearer" {
                return .string("Bearer " + Redaction.mask)
            }
            return .string(Redaction.mask)
        case .array(let elements):
            return .array(elements.map(maskedMember))
        case .null:
            return .null
        default:
            return .string(Redaction.mask)
        }
    }

    /// Replaces the word after a case-insensitive marker with `***`.
    private static func maskWord(after marker: String, in text: String) -> String {
        let lower = text.lowercased()
        guard lower.contains(marker) else {
            return text
        }
        let characters = Array(text)
        let lowered = Array(lower)
        let markerCharacters = Array(marker)
        let stops: Set<Character> = [" ", "\"", "'", "&", ",", "}", "]", "\n", "\r", "\t", "<", ">", "#"]
        var output = ""
        var index = 0
        while index < characters.count {
            if index + markerCharacters.count <= lowered.count,
                Array(lowered[index..<index + markerCharacters.count]) == markerCharacters
            {
                output.append(String(characters[index..<index + markerCharacters.count]))
                index += markerCharacters.count
                var end = index
                while end < characters.count, !stops.contains(characters[end]) {
                    end += 1
                }
                if end > index {
                    output.append(Redaction.mask)
                }
                index = end
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }
}
