import DurableAPI
import Foundation
import HubKit
import ScreenKit

extension DashboardState {
    /// Runs an action key. A mark key marks only rows still held: the table may show a row the store has just let
    /// go, until the rows computed off the lock are installed.
    mutating func perform(_ key: ActionKey, now: Date) -> [Effect] {
        switch key {
        case .operate(let action):
            openDialog(action, now: now)
        case .suspendOrResume:
            let candidates = actionCandidates()
            let suspended = candidates.contains { $0.status == .suspended }
            let running = candidates.contains { $0.status.map(OperatorAction.suspend.applies(to:)) ?? false }
            openDialog(suspended && !running ? .resume : .suspend, now: now)
        case .toggleMark:
            guard let id = selectedRowID else { return [] }
            actions.toggleMark(id)
            dropMarksOfRowsNotHeld()
            moveSelection(by: 1, now: now)
        case .markRange:
            guard let id = selectedRowID else { return [] }
            actions.markRange(to: id, in: visibleRowIDs)
            dropMarksOfRowsNotHeld()
        case .markAll:
            actions.markAll(visibleRowIDs)
            dropMarksOfRowsNotHeld()
            show("\(actions.marks.count) marked", level: .info, now: now)
        case .clearMarks:
            actions.clearMarks()
            show("marks cleared", level: .info, now: now)
        case .showLastRun:
            if actions.run == nil {
                show("no action has run yet", level: .info, now: now)
            } else {
                mode = .progress(scroll: 0)
            }
        }
        return []
    }

    /// Applies a report from background action work: progress, dry-run counts, audit failures. A finished run
    /// drops purged rows at once, shows its summary, and opens the instance a start (or a single restart)
    /// created.
    public mutating func apply(_ update: ActionUpdate, now: Date) {
        actions.apply(update)
        switch update {
        case .auditFailed(let message):
            show(message, level: .error, now: now)
        case .dryRunCounted(let filter, let count):
            updateDialog { $0.recordDryRun(count: count, for: filter) }
        case .dryRunFailed(_, let message):
            updateDialog { $0.recordDryRunFailure(message) }
        case .progress(let progress) where progress.isFinished && actions.run == progress:
            finished(progress, now: now)
        case .progress:
            break
        }
    }

    /// A run ended: purged rows go at once, the summary shows, and a start (or a single restart) opens the
    /// instance it created.
    private mutating func finished(_ progress: BulkProgress, now: Date) {
        store.remove(progress.purgedIDs + purgedByFilter(progress))
        refreshVisibleInstances(now: now)
        show(progress.summary, level: progress.counts.failed > 0 ? .error : .info, now: now)
        let action = progress.plan.request.action
        guard action == .start || action == .restart, progress.rows.count == 1, let row = progress.rows.first,
            case .done(.started(let id, _)) = row.state
        else {
            return
        }
        if showingRun {
            mode = .browsing
        }
        push(.instanceDetail(InstanceDetailState(instanceID: id, status: store.rows[id: id])))
    }

    /// Drops the marks of rows neither the instance store nor the entity list holds any more (purged, out of the
    /// window or the status filter, gone from the host), so a bulk action never names a row the table lost.
    mutating func dropMarksOfRowsNotHeld() {
        guard !actions.marks.isEmpty else {
            return
        }
        let entityIDs = Set(entities.map(\.entityId.instanceId))
        actions.keepMarks { store.rows[id: $0] != nil || entityIDs.contains($0) }
    }

    /// The held rows a successful purge by filter removed on the host: those its filter matches (the host
    /// reports only a count, so the filter is applied to what the table holds).
    private func purgedByFilter(_ progress: BulkProgress) -> [String] {
        guard case .purgeByFilter(let filter) = progress.plan.request, progress.counts.done == 1 else {
            return []
        }
        var ids: [String] = []
        for instance in store.rows where instance.createdTime >= filter.createdFrom {
            if let to = filter.createdTo, instance.createdTime > to {
                continue
            }
            if filter.statuses.isEmpty || filter.statuses.contains(instance.runtimeStatus) {
                ids.append(instance.instanceId)
            }
        }
        return ids
    }

    /// Opens the dialog of `action` on the marked rows (or the selected one), or flashes why it cannot.
    private mutating func openDialog(_ action: OperatorAction, now: Date) {
        let opened = actions.dialog(
            action,
            candidates: action.scope == .hub ? [] : actionCandidates(),
            permit: MutationPermit.granted(readOnly: options.readOnly),
            operatorName: options.operatorName,
            createdFrom: window.start(now: now)
        )
        switch opened {
        case .success(let dialog):
            mode = .dialog(dialog)
        case .failure(let reason):
            show(reason.description, level: .warning, now: now)
        }
    }

    /// Changes the open dialog, if one is open.
    private mutating func updateDialog(_ body: (inout ActionDialog) -> Void) {
        guard case .dialog(var dialog) = mode else {
            return
        }
        body(&dialog)
        mode = .dialog(dialog)
    }

    /// The rows an action would apply to: the marked ones of the current list, or else the selected row (or
    /// the instance or entity on screen).
    func actionCandidates() -> [ActionCandidate] {
        switch current {
        case .instances:
            if !actions.marks.isEmpty {
                return actions.marks.targets(in: instanceList.visible).map {
                    ActionCandidate(id: $0, status: store.rows[id: $0]?.runtimeStatus)
                }
            }
            return selectedInstance.map { [ActionCandidate(id: $0.instanceId, status: $0.runtimeStatus)] } ?? []
        case .attention:
            let ids =
                actions.marks.isEmpty
                ? attentionList.selectedID.map { [$0] } ?? [] : actions.marks.targets(in: attentionList.visible)
            return ids.map { ActionCandidate(id: $0, status: store.rows[id: $0]?.runtimeStatus) }
        case .instanceDetail(let detail):
            let status = detail.status?.runtimeStatus ?? store.rows[id: detail.instanceID]?.runtimeStatus
            return [ActionCandidate(id: detail.instanceID, status: status)]
        case .entities:
            if !actions.marks.isEmpty {
                return actions.marks.targets(in: visibleRowIDs).map { ActionCandidate(id: $0, status: nil) }
            }
            return selectedEntity.map { [ActionCandidate(id: $0.entityId.instanceId, status: nil)] } ?? []
        case .entityDetail(let entity):
            return [ActionCandidate(id: entity.entityID.instanceId, status: nil)]
        case .historyEvent, .failures, .orchestrators, .hubs:
            return []
        }
    }

    /// The id of the selected row of the list on screen.
    var selectedRowID: String? {
        switch current {
        case .instances: selectedInstance?.instanceId
        case .attention: attentionList.selectedID
        case .entities: selectedEntity?.entityId.instanceId
        default: nil
        }
    }

    /// The ids of the visible rows of the list on screen, in order.
    private var visibleRowIDs: [String] {
        switch current {
        case .instances: Array(instanceList.visible)
        case .attention: attentionList.visible
        case .entities: entityList.visible.map { entities[$0].entityId.instanceId }
        default: []
        }
    }
}
