import DurableAPI
import Foundation
import HubKit
import ScreenKit

extension DashboardState {
    /// Handles one key: prompt editing first, then help, then the current view's key map.
    public mutating func handle(_ key: KeyEvent, now: Date) -> [Effect] {
        if let effects = handleActionOverlayKey(key) {
            return effects
        }
        if prompt != nil {
            return handlePromptKey(key, now: now)
        }
        if showingHelp {
            handleHelpKey(key)
            return []
        }
        guard let binding = keyMap.binding(for: key, in: current.kind) else {
            return []
        }
        if binding.mutates && options.readOnly {
            show("read-only: \(binding.label) is disabled", level: .warning, now: now)
            return []
        }
        return perform(binding.action, now: now)
    }

    /// Runs one action.
    mutating func perform(_ action: Action, now: Date) -> [Effect] {
        switch action {
        case .moveUp: moveSelection(by: -1, now: now)
        case .moveDown: moveSelection(by: 1, now: now)
        case .pageUp: moveSelection(by: -Layout.tableHeight(screenSize), now: now)
        case .pageDown: moveSelection(by: Layout.tableHeight(screenSize), now: now)
        case .top: moveSelection(by: Int.min / 2, now: now)
        case .bottom: moveSelection(by: Int.max / 2, now: now)
        case .open: open(now: now)
        case .back:
            if !clearListFilter(now: now) {
                pop()
            }
        case .backOrQuit:
            if !pop() {
                wantsQuit = true
            }
        case .quit: wantsQuit = true
        case .filter:
            prompt = Prompt(kind: .filter)
        case .command: prompt = Prompt(kind: .command)
        case .help: showingHelp = true
        case .refresh: return [.refreshNow]
        case .togglePause:
            paused.toggle()
            show(paused ? "paused: press p to resume live updates" : "live updates resumed", level: .info, now: now)
        case .nextTab: switchTab(by: 1)
        case .previousTab: switchTab(by: -1)
        case .selectTab(let number): selectTab(number)
        case .sortNextColumn: shiftSortColumn(by: 1, now: now)
        case .sortPreviousColumn: shiftSortColumn(by: -1, now: now)
        case .reverseSort: setSort(InstanceSort(column: sort.column, descending: !sort.descending), now: now)
        case .cycleTimeDisplay: timeDisplay = timeDisplay.next
        case .nextTimeWindow: setWindow(window.next, now: now)
        case .nextStatusFilter:
            let cycle = Self.statusFilterCycle
            let index = cycle.firstIndex(of: statusFilter) ?? 0
            setStatusFilter(cycle[(index + 1) % cycle.count], now: now)
        case .toggleEntityInstances:
            showEntityInstances.toggle()
            refreshVisibleInstances(now: now)
        case .actions(let key):
            return perform(key, now: now)
        }
        return []
    }

    /// Scrolls or closes the help overlay.
    mutating func handleHelpKey(_ key: KeyEvent) {
        let lineCount = HelpOverlay.lines(
            for: current.kind,
            keyMap: keyMap,
            readOnly: options.readOnly,
            asciiOnly: options.asciiOnly
        ).count
        let page = Layout.overlayHeight(screenSize)
        let last = max(0, lineCount - page)
        switch keyMap.binding(for: key, in: current.kind)?.action {
        case .help, .back, .backOrQuit:
            showingHelp = false
            helpScroll = 0
        case .quit:
            wantsQuit = true
        case .moveDown:
            helpScroll = min(last, helpScroll + 1)
        case .moveUp:
            helpScroll = max(0, helpScroll - 1)
        case .pageDown:
            helpScroll = min(last, helpScroll + page)
        case .pageUp:
            helpScroll = max(0, helpScroll - page)
        case .bottom:
            helpScroll = last
        case .top:
            helpScroll = 0
        default:
            break
        }
    }

    /// Moves the selection (lists) or the scroll position (text views) of the current screen.
    mutating func moveSelection(by delta: Int, now: Date) {
        let page = Layout.tableHeight(screenSize)
        switch current {
        case .instances:
            instancesCursor.move(by: delta, count: visibleIDs.count, pageHeight: page)
            instancesSelectionChosen = true
        case .entities:
            entitiesCursor.move(by: delta, count: visibleEntityIndexes.count, pageHeight: page)
        case .instanceDetail(var detail):
            if detail.tab == .history {
                let count = detail.status?.historyEvents?.count ?? 0
                detail.historyCursor.move(by: delta, count: count, pageHeight: page - HistoryView.extraRows)
            } else {
                let lines = detail.status.map { InstanceDetailView.summaryLines($0, state: self, now: now).count } ?? 0
                detail.summaryScroll = Self.scroll(detail.summaryScroll, by: delta, lines: lines, page: page)
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

    /// A text view's new first line, kept between the top and the last full page.
    private static func scroll(_ value: Int, by delta: Int, lines: Int, page: Int) -> Int {
        let last = max(0, lines - page)
        let sum = value.addingReportingOverflow(delta)
        if sum.overflow {
            return delta < 0 ? 0 : last
        }
        return max(0, min(sum.partialValue, last))
    }

    /// Drills into the selected row.
    mutating func open(now: Date) {
        switch current {
        case .instances:
            guard let instance = selectedInstance else {
                return
            }
            if let entityID = EntityID(instanceId: instance.instanceId) {
                push(.entityDetail(EntityDetailState(entityID: entityID, status: nil)))
            } else {
                push(.instanceDetail(InstanceDetailState(instanceID: instance.instanceId, status: instance)))
            }
        case .instanceDetail(let detail):
            guard detail.tab == .history, let events = detail.status?.historyEvents,
                events.indices.contains(detail.historyCursor.selected)
            else {
                return
            }
            let event = events[detail.historyCursor.selected]
            if let child = HistoryRow.childInstanceID(of: event) {
                push(.instanceDetail(InstanceDetailState(instanceID: child, status: store.byID[child])))
                return
            }
            let title = HistoryRow(event: event, start: nil).title
            push(
                .historyEvent(
                    HistoryEventState(
                        instanceID: detail.instanceID,
                        index: detail.historyCursor.selected,
                        title: title,
                        json: event.raw
                    )
                )
            )
        case .entities:
            guard let entity = selectedEntity else {
                return
            }
            push(.entityDetail(EntityDetailState(entityID: entity.entityId, status: entity)))
        case .historyEvent, .entityDetail:
            break
        }
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

    /// Edits the prompt, or applies/cancels it.
    mutating func handlePromptKey(_ key: KeyEvent, now: Date) -> [Effect] {
        guard var editing = prompt else {
            return []
        }
        switch key {
        case .enter:
            prompt = nil
            if editing.kind == .filter {
                applyFilter(editing.text, now: now)
                return []
            }
            return runCommand(editing.text, now: now)
        case .escape:
            prompt = nil
            if editing.kind == .filter {
                applyFilter("", now: now)
            }
        case .control("c"):
            prompt = nil
        default:
            if editing.edit(key) {
                prompt = editing
            }
        }
        return []
    }

    /// Applies filter text to the list on screen.
    mutating func applyFilter(_ text: String, now: Date) {
        if current == .entities {
            setEntityFilter(text)
        } else {
            setFilter(text, now: now)
        }
    }
}
