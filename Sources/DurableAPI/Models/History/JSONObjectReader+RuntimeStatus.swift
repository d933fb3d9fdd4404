extension JSONObjectReader {
    /// A runtime status member written either as a name (`"Completed"`) or as its number (`1`), as history
    /// `OrchestrationStatus` is; missing or null → `nil`.
    func optionalRuntimeStatus(_ key: String) throws(JSONDecodingError) -> RuntimeStatus? {
        switch member(key) {
        case nil, .null?:
            return nil
        case .string(let name)?:
            return RuntimeStatus(name: name)
        case let value?:
            guard let number = value.intValue else {
                throw JSONDecodingError.typeMismatch(
                    at: path.appending(key: key),
                    expected: "status name or integer",
                    found: value
                )
            }
            return RuntimeStatus(numericValue: number)
        }
    }
}
