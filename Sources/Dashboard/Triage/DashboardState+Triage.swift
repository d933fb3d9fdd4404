import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// The analyses to run after a poll update: after every successful tick, so ages and bursts follow the
    /// clock even when no row changed. The analyzer goes with the request, with the store's changes since it last
    /// went, and comes back with its result, so what it holds is never shared, and never copied whole on the
    /// first change. One whose result is dropped (the window or the status filter changed meanwhile) is dropped
    /// with it, and the next request analyses the store afresh.
    public mutating func analysisRequest(after update: PollUpdate, now: Date) -> AnalysisRequest? {
        guard case .tickSucceeded = update else {
            return nil
        }
        let start = window.start(now: now)
        let lent = analyzer
        analyzer = HubAnalyzer()
        collectJournal()
        let journal = analysisJournal
        analysisJournal = InstanceJournal()
        return AnalysisRequest(
            generation: analysisGeneration,
            analyzer: lent,
            store: store,
            journal: journal,
            window: DateInterval(start: start, end: max(start, now)),
            now: now,
            thresholds: options.attention
        )
    }

    /// Installs a tick's analyses unless the window or status filter changed meanwhile. When the cluster the
    /// instances table is scoped to gained or lost members, returns the request for its new rows, to compute off
    /// the lock like a poll update's.
    public mutating func installAnalysis(_ result: AnalysisResult, now: Date) -> VisibleRowsRequest? {
        guard result.generation == analysisGeneration else {
            return nil
        }
        analyzer = result.analyzer
        let before = clusterMembers
        triage = TriageRows(result.analysis)
        refreshTriageLists()
        guard clusterMembers != before else {
            return nil
        }
        invalidateRows()
        return visibleRowsRequest(now: now)
    }

    /// Drops the analysis of rows that no longer answer the window or the status filter; the next tick's
    /// replaces it, and one still being computed is not installed.
    mutating func invalidateAnalysis() {
        analysisGeneration += 1
        triage = TriageRows()
        refreshTriageLists()
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

    /// Opens the instances table narrowed to a cluster or an orchestrator, over the triage view, with a list of
    /// its own (no filter, the first row selected, no marks); the whole table's list waits to come back.
    mutating func openScope(_ scope: InstanceScope, now: Date) {
        instanceScope = scope
        unscopedInstanceList = instanceList
        instanceList = ListState()
        actions.clearMarks()
        push(.instances)
        refreshVisibleInstances(now: now)
    }

    /// Once no scoped table is on the stack (Esc, or a `:` view), gives the instances table back its own list and
    /// drops the marks made in the scope, so no later action reaches rows no longer on screen.
    mutating func leaveScopeIfClosed(now: Date) {
        guard instanceScope != nil, !stack.dropFirst().contains(.instances) else {
            return
        }
        instanceScope = nil
        instanceList = unscopedInstanceList ?? ListState()
        unscopedInstanceList = nil
        actions.clearMarks()
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
