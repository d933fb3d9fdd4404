import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// The analyses to run after a poll update: after every successful tick, so ages and bursts follow the
    /// clock even when no row changed.
    public func analysisRequest(after update: PollUpdate, now: Date) -> AnalysisRequest? {
        guard case .tickSucceeded = update else {
            return nil
        }
        let start = window.start(now: now)
        return AnalysisRequest(
            analyzer: analyzer,
            store: store,
            window: DateInterval(start: start, end: max(start, now)),
            now: now,
            thresholds: options.attention
        )
    }

    /// Installs a tick's analyses; a cluster-scoped instances table follows its cluster's members.
    public mutating func install(_ result: AnalysisResult, now: Date) {
        analyzer = result.analyzer
        let before = clusterMembers
        triage = TriageRows(result.analysis)
        refreshTriageLists()
        if clusterMembers != before {
            refreshVisibleInstances(now: now)
        }
    }

    /// The members of the cluster the instances table is scoped to, if it is.
    var clusterMembers: Set<String>? {
        guard case .cluster(let key) = instanceScope else {
            return nil
        }
        return triage.members(of: key)
    }

    /// Shows the triage lists' rows that match their `/` filters.
    mutating func refreshTriageLists() {
        let page = Layout.tableHeight(screenSize)
        let analysis = triage.analysis
        let clusterNeedle = failureList.filterText.lowercased()
        failureList.show(
            analysis.clusters.filter { Self.matches(clusterNeedle, $0.orchestrator, $0.message) }.map(\.id),
            pageHeight: Layout.failureTableHeight(screenSize)
        )
        let attentionNeedle = attentionList.filterText.lowercased()
        attentionList.show(
            analysis.attention.filter { Self.matches(attentionNeedle, $0.instanceID, $0.orchestrator) }
                .map(\.instanceID),
            pageHeight: page
        )
        let orchestratorNeedle = orchestratorList.filterText.lowercased()
        orchestratorList.show(
            analysis.orchestrators.filter { Self.matches(orchestratorNeedle, $0.name) }.map(\.name),
            pageHeight: page
        )
    }

    /// Whether any of `fields` contains the lower-case `needle` (an empty needle matches everything).
    private static func matches(_ needle: String, _ fields: String...) -> Bool {
        needle.isEmpty || fields.contains { $0.lowercased().contains(needle) }
    }

    /// Opens the instances table narrowed to a cluster or an orchestrator, over the triage view; its `/` filter
    /// starts empty so the whole scope shows.
    mutating func openScope(_ scope: InstanceScope, now: Date) {
        instanceScope = scope
        instanceList.filterText = ""
        push(.instances)
        refreshVisibleInstances(now: now)
    }

    /// Widens the instances table again once no scoped table is on the stack (Esc, or a `:` view).
    mutating func leaveScopeIfClosed(now: Date) {
        guard instanceScope != nil, !stack.dropFirst().contains(.instances) else {
            return
        }
        instanceScope = nil
        refreshVisibleInstances(now: now)
    }

    /// The cluster under the `:failures` cursor.
    var selectedCluster: FailureCluster? {
        failureList.selectedID.flatMap { triage.clusters[$0] }
    }

    /// The orchestrator under the `:orchestrators` cursor.
    var selectedOrchestrator: OrchestratorStats? {
        orchestratorList.selectedID.flatMap { triage.orchestrators[$0] }
    }
}
