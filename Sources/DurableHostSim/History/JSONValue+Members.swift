import DurableAPI

extension JSONValue {
    /// A copy of this object with `key` set to `value` (appended when new, replaced in place otherwise).
    /// Non-objects are returned unchanged.
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard var members = objectValue else {
            return self
        }
        members[key] = value
        return .object(members)
    }

    /// A copy of this object without `key`. Non-objects are returned unchanged.
    func removing(_ key: String) -> JSONValue {
        guard var members = objectValue else {
            return self
        }
        members.removeValue(forKey: key)
        return .object(members)
    }
}
