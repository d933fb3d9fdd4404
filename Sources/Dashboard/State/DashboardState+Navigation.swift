import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// The rows one page of the current screen shows: the History and Timeline tabs' lists and the failures table
    /// are shorter than the others.
    var pageHeight: Int {
        if case .instanceDetail(let detail) = current, detail.tab != .summary {
            return Layout.historyTableHeight(screenSize)
        }
        if current == .failures {
            return Layout.failureTableHeight(screenSize)
        }
        return Layout.tableHeight(screenSize)
    }

    /// Moves the selection (lists) or the scroll position (text views) of the current screen.
    mutating func moveSelection(by delta: Int, now: Date) {
        let page = pageHeight
        switch current {
        case .instances:
            instanceList.move(by: delta, pageHeight: page)
        case .entities:
            entityList.move(by: delta, pageHeight: page)
        case .failures:
            failureList.move(by: delta, pageHeight: page)
        case .attention:
            attentionList.move(by: delta, pageHeight: page)
        case .orchestrators:
            orchestratorList.move(by: delta, pageHeight: page)
        case .hubs:
            hubList.move(by: delta, pageHeight: page)
        case .instanceDetail(var detail):
            switch detail.tab {
            case .summary:
                let lines = detail.status.map { SummaryContent.lines($0, state: self, now: now).count } ?? 0
                detail.summaryScroll = Self.scroll(detail.summaryScroll, by: delta, lines: lines, page: page)
            case .history:
                let count = detail.status?.historyEvents?.count ?? 0
                detail.historyCursor.move(by: delta, count: count, pageHeight: page)
            case .timeline:
                let count = detail.timeline?.bars.count ?? 0
                detail.timelineCursor.move(by: delta, count: count, pageHeight: page)
            }
            replaceTop(.instanceDetail(detail))
        case .historyEvent(var event):
            let lines = TextLine.json(event.json, indent: 1).count
            event.scroll = Self.scroll(event.scroll, by: delta, lines: lines, page: page)
            replaceTop(.historyEvent(event))
        case .entityDetail(var entity):
            let lines = (entity.state ?? entity.status?.state).map { TextLine.json($0, indent: 1).count } ?? 0
            entity.scroll = Self.scroll(entity.scroll, by: delta, lines: lines, page: page)
            replaceTop(.entityDetail(entity))
        }
    }

    /// Drills into the selected row; on the fleet overview, asks the fleet to bring that hub in front.
    mutating func open(now: Date) -> [Effect] {
        switch current {
        case .instances:
            guard let instance = selectedInstance else {
                return []
            }
            if let entityID = EntityID(instanceId: instance.instanceId) {
                push(.entityDetail(EntityDetailState(entityID: entityID, status: nil)))
            } else {
                push(.instanceDetail(InstanceDetailState(instanceID: instance.instanceId, status: instance)))
            }
        case .instanceDetail(let detail):
            switch detail.tab {
            case .summary: break
            case .history: openHistoryEvent(detail.historyCursor.selected, of: detail)
            case .timeline: openTimelineBar(of: detail, now: now)
            }
        case .entities:
            guard let entity = selectedEntity else {
                return []
            }
            push(.entityDetail(EntityDetailState(entityID: entity.entityId, status: entity)))
        case .failures:
            if let cluster = selectedCluster {
                openScope(.cluster(cluster.id), now: now)
            }
        case .orchestrators:
            if let stats = selectedOrchestrator {
                openScope(.orchestrator(stats.name), now: now)
            }
        case .attention:
            if let id = attentionList.selectedID {
                push(.instanceDetail(InstanceDetailState(instanceID: id, status: store.rows[id: id])))
            }
        case .hubs:
            if let name = hubList.selectedID {
                return [.fleet(.hub(name))]
            }
        case .historyEvent, .entityDetail:
            break
        }
        return []
    }

    /// Opens a history event: a running sub-orchestration's child, else the event's JSON.
    mutating func openHistoryEvent(_ index: Int, of detail: InstanceDetailState) {
        guard let events = detail.status?.historyEvents, events.indices.contains(index) else {
            return
        }
        let event = events[index]
        if let child = HistoryRow.childInstanceID(of: event) {
            openChild(child)
            return
        }
        let title = HistoryRow(event: event, start: nil).title
        push(
            .historyEvent(HistoryEventState(instanceID: detail.instanceID, index: index, title: title, json: event.raw))
        )
    }

    /// Pushes the detail of a child instance.
    mutating func openChild(_ id: String) {
        push(.instanceDetail(InstanceDetailState(instanceID: id, status: store.rows[id: id])))
    }

    /// Moves between the detail tabs.
    mutating func switchTab(by delta: Int) {
        guard case .instanceDetail(let detail) = current else {
            return
        }
        let count = InstanceDetailState.Tab.allCases.count
        let next = ((detail.tab.rawValue - 1 + delta) % count + count) % count + 1
        selectTab(next)
    }

    /// Jumps to a detail tab by number.
    mutating func selectTab(_ number: Int) {
        guard case .instanceDetail(var detail) = current, let tab = InstanceDetailState.Tab(rawValue: number) else {
            return
        }
        detail.tab = tab
        replaceTop(.instanceDetail(detail))
    }

    /// Sorts by the next or previous column.
    mutating func shiftSortColumn(by delta: Int, now: Date) {
        let count = InstanceColumn.allCases.count
        let next = ((sort.column.rawValue + delta) % count + count) % count
        let column = InstanceColumn(rawValue: next) ?? .created
        setSort(InstanceSort(column: column, descending: sort.descending), now: now)
    }
}
