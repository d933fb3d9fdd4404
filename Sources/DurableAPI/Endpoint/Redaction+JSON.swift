extension Redaction {
    /// Object keys whose values are always masked (compared case-insensitively).
    public static let sensitiveKeys: Set<String> = [
        "authorization", "proxy-authorization", "x-functions-key", "x-api-key", "api-key", "apikey", "cookie",
        "set-cookie", "password", "client_secret", "access_token", "refresh_token", "id_token",
    ]

    /// A copy of a JSON value with every credential member masked, and every string redacted like text; a string
    /// that holds a JSON object or array (history inputs are JSON text) is masked inside and kept compact.
    public func apply(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if let embedded = Self.embeddedJSON(text) {
                return .string(apply(embedded).compactText)
            }
            return .string(apply(text))
        case .array(let elements):
            return .array(elements.map { apply($0) })
        case .object(let members):
            var copy = members
            for (key, member) in members {
                copy[key] = Self.sensitiveKeys.contains(key.lowercased()) ? Self.maskedMember(member) : apply(member)
            }
            return .object(copy)
        default:
            return value
        }
    }

    /// A string that holds a JSON object or array, parsed.
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

    /// A credential member: strings and arrays of strings become `***`, keeping the scheme of `Bearer x`.
    private static func maskedMember(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if let space = text.firstIndex(of: " "), text[..<space].lowercased() == "bearer" {
                return .string("Bearer " + mask)
            }
            return .string(mask)
        case .array(let elements):
            return .array(elements.map(maskedMember))
        case .null:
            return .null
        default:
            return .string(mask)
        }
    }
}
