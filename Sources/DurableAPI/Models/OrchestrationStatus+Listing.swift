import Foundation

extension OrchestrationStatus {
    /// A listing's page (a JSON array of status objects) decoded straight from its bytes, without building a
    /// ``JSONValue`` of each status object first; `nil` when the bytes are anything else.
    ///
    /// A first load of 100,000 instances decodes 30 MB of status objects, and putting each object's members in an
    /// ordered dictionary only to read them out again cost about a third of it. This reads the same document with
    /// the same strict parser and the same rules as ``init(json:at:)``: a repeated key's last value counts, unknown
    /// keys are ignored, `name` may be missing or null, and every other field the decoder requires must be there
    /// with its type. On any problem it gives up, and the caller decodes through ``JSONValue``, which names it.
    public static func array(decodingDirectly bytes: [UInt8]) -> [OrchestrationStatus]? {
        var parser = JSONParser(bytes: bytes, maximumDepth: JSONValue.defaultMaximumDepth)
        return try? parser.statusListing()
    }
}

extension JSONParser {
    /// The whole document as an array of status objects.
    fileprivate mutating func statusListing() throws(JSONParseError) -> [OrchestrationStatus] {
        var statuses: [OrchestrationStatus] = []
        skipWhitespace()
        try parseElements { (parser: inout JSONParser) throws(JSONParseError) in
            statuses.append(try parser.statusObject())
        }
        skipWhitespace()
        guard current == nil else {
            throw error("unexpected input after the array")
        }
        return statuses
    }

    /// One status object, its members read as they come. A string member is judged by its last value: an earlier
    /// value of the wrong type does not count, as it does not through ``JSONValue``.
    private mutating func statusObject() throws(JSONParseError) -> OrchestrationStatus {
        var name = StringMember.absent
        var instanceId = StringMember.absent
        var runtimeStatus = StringMember.absent
        var input = JSONValue.null
        var customStatus = JSONValue.null
        var output = JSONValue.null
        var createdTime = StringMember.absent
        var lastUpdatedTime = StringMember.absent
        var historyEvents = JSONValue.null
        try parseMembers { (parser: inout JSONParser, key: String) throws(JSONParseError) in
            switch key {
            case "name": name = try parser.stringMember()
            case "instanceId": instanceId = try parser.stringMember()
            case "runtimeStatus": runtimeStatus = try parser.stringMember()
            case "input": input = try parser.parseValue()
            case "customStatus": customStatus = try parser.parseValue()
            case "output": output = try parser.parseValue()
            case "createdTime": createdTime = try parser.stringMember()
            case "lastUpdatedTime": lastUpdatedTime = try parser.stringMember()
            case "historyEvents": historyEvents = try parser.parseValue()
            default: _ = try parser.parseValue()
            }
        }
        guard name != .other, let instanceId = instanceId.text, let runtimeStatus = runtimeStatus.text,
            let createdTime = createdTime.text, let lastUpdatedTime = lastUpdatedTime.text,
            let created = DurableDate.parse(createdTime), let updated = DurableDate.parse(lastUpdatedTime)
        else {
            throw error("a status object without its required fields")
        }
        var history: [HistoryEvent]?
        if historyEvents != .null {
            do {
                history = try [HistoryEvent](json: historyEvents)
            } catch {
                throw self.error("history events that do not decode")
            }
        }
        return OrchestrationStatus(
            name: name.text,
            instanceId: instanceId,
            runtimeStatus: RuntimeStatus(name: runtimeStatus),
            input: input,
            customStatus: customStatus,
            output: output,
            createdTime: created,
            lastUpdatedTime: updated,
            historyEvents: history
        )
    }

    /// A member the decoder wants a string of, as its value left it: a string, `null`, or any other value.
    private mutating func stringMember() throws(JSONParseError) -> StringMember {
        switch current {
        case UInt8(ascii: "\""):
            return .text(try parseString())
        case UInt8(ascii: "n"):
            try expectKeyword("null")
            return .null
        default:
            _ = try parseValue()
            return .other
        }
    }
}

/// What a status object's string member held after its last value.
private enum StringMember: Equatable {
    /// The object has no such member.
    case absent
    /// Its last value was `null`.
    case null
    /// Its last value was this string.
    case text(String)
    /// Its last value was neither a string nor `null`.
    case other

    /// The string, when the last value was one.
    var text: String? {
        guard case .text(let text) = self else {
            return nil
        }
        return text
    }
}
