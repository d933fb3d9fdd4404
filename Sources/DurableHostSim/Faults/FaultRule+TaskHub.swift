extension FaultRule {
    /// Whether the rule applies to a request made to `hub`: a rule without `taskHub` applies everywhere, one with
    /// it only to the served hub of that name (any letter case), never to a hub the host does not serve.
    func applies(to hub: TaskHubs.Resolution) -> Bool {
        guard let taskHub else {
            return true
        }
        guard case .served(let name, _) = hub else {
            return false
        }
        return name.lowercased() == taskHub.lowercased()
    }
}
