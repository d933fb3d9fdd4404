/// The §1.2 route table, matched against the path left after stripping the base path.
enum DurableRoute: Sendable, Equatable {
    case startOrchestration(functionName: String, instanceId: String?)
    case getEntity(name: String, key: String)
    case listEntities(name: String?)
    case signalEntity(name: String, key: String?)
    case listInstances
    case purgeByFilter
    case getStatus(instanceId: String)
    case purgeInstance(instanceId: String)
    case operation(instanceId: String, operation: InstanceOperation)
    case raiseEvent(instanceId: String, eventName: String)
    case makePrimary

    /// The POST operations of route 3.
    enum InstanceOperation: String, Sendable, CaseIterable {
        case terminate, rewind, restart, suspend, resume
    }

    /// The base paths the host serves the API under (matched case-insensitively).
    static let basePaths = ["/runtime/webhooks/durabletask", "/durabletask"]

    /// Matches a request; `nil` means 404 with an empty body.
    ///
    /// The base path is stripped by length after a case-insensitive comparison and `/` is trimmed from both ends,
    /// as the extension does. Segments are not percent-decoded (baseline behaviour).
    static func match(method: String, path: String) -> DurableRoute? {
        guard let relative = stripBase(path) else {
            return nil
        }
        let segments =
            relative.isEmpty ? [] : relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty), let first = segments.first?.lowercased() else {
            return nil
        }
        switch first {
        case "orchestrators" where (2...3).contains(segments.count):
            return method == "POST"
                ? .startOrchestration(functionName: segments[1], instanceId: segments.count == 3 ? segments[2] : nil)
                : nil
        case "entities" where segments.count <= 3:
            return entityRoute(method: method, segments: segments)
        case "instances":
            return instanceRoute(method: method, segments: segments)
        case "makeprimary" where segments.count == 1:
            return .makePrimary
        default:
            return nil
        }
    }

    private static func stripBase(_ path: String) -> String? {
        for base in basePaths {
            guard path.utf8.count >= base.utf8.count else {
                continue
            }
            let head = String(decoding: path.utf8.prefix(base.utf8.count), as: UTF8.self)
            let rest = String(decoding: path.utf8.dropFirst(base.utf8.count), as: UTF8.self)
            guard head.lowercased() == base, rest.isEmpty || rest.hasPrefix("/") else {
                continue
            }
            return trimSlashes(rest)
        }
        return nil
    }

    private static func trimSlashes(_ text: String) -> String {
        var slice = Substring(text)
        while slice.hasPrefix("/") {
            slice = slice.dropFirst()
        }
        while slice.hasSuffix("/") {
            slice = slice.dropLast()
        }
        return String(slice)
    }

    private static func entityRoute(method: String, segments: [String]) -> DurableRoute? {
        let name = segments.count > 1 ? segments[1] : nil
        let key = segments.count > 2 ? segments[2] : nil
        switch method {
        case "GET":
            if let name, let key {
                return .getEntity(name: name, key: key)
            }
            return .listEntities(name: name)
        case "POST", "DELETE":
            guard let name else {
                return nil
            }
            return .signalEntity(name: name, key: key)
        default:
            return nil
        }
    }

    private static func instanceRoute(method: String, segments: [String]) -> DurableRoute? {
        switch segments.count {
        case 1:
            switch method {
            case "GET": return .listInstances
            case "DELETE": return .purgeByFilter
            default: return nil
            }
        case 2:
            switch method {
            case "GET": return .getStatus(instanceId: segments[1])
            case "DELETE": return .purgeInstance(instanceId: segments[1])
            default: return nil
            }
        case 3:
            guard method == "POST", let operation = InstanceOperation(rawValue: segments[2].lowercased()) else {
                return nil
            }
            return .operation(instanceId: segments[1], operation: operation)
        case 4:
            guard method == "POST", segments[2].lowercased() == "raiseevent" else {
                return nil
            }
            return .raiseEvent(instanceId: segments[1], eventName: segments[3])
        default:
            return nil
        }
    }
}
