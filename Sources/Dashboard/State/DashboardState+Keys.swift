import DurableAPI
import Foundation
import HubKit
import ScreenKit

extension DashboardState {
    /// Handles one key: the overlay in front takes it if there is one, else the view on top, each through the
    /// key map's bindings of its mode.
    public mutating func handle(_ key: KeyEvent, now: Date) -> [Effect] {
        let binding = keyMap.binding(for: key, in: keyMode)
        let action = binding?.action
        switch mode {
        case .browsing:
            return binding.map { handleViewBinding($0, now: now) } ?? []
        case .prompt(let editing):
            return handlePromptKey(key, action: action, editing: editing, now: now)
        case .help(let scroll):
            handleHelpKey(action, scroll: scroll)
            return []
        case .dialog(let dialog):
            return handleDialogKey(key, dialog: dialog)
        case .progress(let scroll):
            return handleProgressKey(action, scroll: scroll)
        }
    }

    /// Runs a view's binding, unless it changes the host in a read-only session.
    private mutating func handleViewBinding(_ binding: KeyBinding, now: Date) -> [Effect] {
        if binding.mutates && options.readOnly {
            show("read-only: \(binding.label) is disabled", level: .warning, now: now)
            return []
        }
        return perform(binding.action, now: now)
    }

    /// Runs one action.
    mutating func perform(_ action: Action, now: Date) -> [Effect] {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            moveSelection(by: Self.scrollDelta(action, page: pageHeight) ?? 0, now: now)
        case .open: return open(now: now)
        case .back: pop(now: now)
        case .clearFilter: return clearListFilter(now: now)
        case .backOrQuit:
            if !pop(now: now) {
                guard isFleetMember else {
                    wantsQuit = true
                    return []
                }
                return [.fleet(.overview)]
            }
        case .quit: wantsQuit = true
        case .filter: mode = .prompt(Prompt(kind: .filter))
        case .command: mode = .prompt(Prompt(kind: .command))
        case .help: mode = .help(scroll: 0)
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
        case .export:
            return exportInstance(to: nil, now: now)
        case .copyID:
            return copyFocusedInstanceID(now: now)
        case .apply, .cancel, .close, .complete, .nextField, .previousField, .confirm, .edit:
            break
        }
        return []
    }

    /// Scrolls or closes the help overlay.
    private mutating func handleHelpKey(_ action: Action?, scroll: Int) {
        switch action {
        case .close:
            mode = .browsing
        case .quit:
            wantsQuit = true
        default:
            let page = Layout.overlayHeight(screenSize)
            guard let delta = Self.scrollDelta(action, page: page) else {
                return
            }
            let lines = HelpContent.lines(
                for: current.keyMode,
                keyMap: keyMap,
                readOnly: options.readOnly,
                asciiOnly: options.asciiOnly
            ).count
            mode = .help(scroll: Self.scroll(scroll, by: delta, lines: lines, page: page))
        }
    }

    /// Scrolls or closes the progress panel; closing it cancels what the run has not sent yet.
    private mutating func handleProgressKey(_ action: Action?, scroll: Int) -> [Effect] {
        if action == .close {
            mode = .browsing
            return actions.isRunning ? [.action(.cancelRun)] : []
        }
        let page = Layout.overlayHeight(screenSize)
        guard let delta = Self.scrollDelta(action, page: page), let run = actions.run else {
            return []
        }
        let lines = ProgressContent.lines(run).count
        mode = .progress(scroll: Self.scroll(scroll, by: delta, lines: lines, page: page))
        return []
    }

    /// Sends a key to the open dialog; a confirmed plan starts the run and shows its progress panel.
    private mutating func handleDialogKey(_ key: KeyEvent, dialog: ActionDialog) -> [Effect] {
        var dialog = dialog
        switch dialog.handle(key, keyMap: keyMap) {
        case .editing:
            mode = .dialog(dialog)
            return []
        case .cancelled:
            mode = .browsing
            return []
        case .dryRunRequested(let filter):
            mode = .dialog(dialog)
            return [.action(.dryRun(filter))]
        case .confirmed(let plan):
            actions.begin(plan)
            mode = .progress(scroll: 0)
            return [.action(.run(plan))]
        }
    }

    /// Edits the prompt, or applies, cancels or closes it.
    private mutating func handlePromptKey(_ key: KeyEvent, action: Action?, editing: Prompt, now: Date) -> [Effect] {
        switch action {
        case .apply:
            mode = .browsing
            if editing.kind == .filter {
                applyFilter(editing.text, now: now)
                return []
            }
            return runCommand(editing.text, now: now)
        case .cancel:
            mode = .browsing
            if editing.kind == .filter {
                applyFilter("", now: now)
            }
        case .close:
            mode = .browsing
        case .complete:
            if editing.kind == .command {
                complete(editing, now: now)
            }
        default:
            var edited = editing
            if edited.edit(key) {
                mode = .prompt(edited)
            }
        }
        return []
    }

    /// How far a scrolling action moves in a page of `page` lines, or `nil` for any other action.
    static func scrollDelta(_ action: Action?, page: Int) -> Int? {
        switch action {
        case .moveUp: -1
        case .moveDown: 1
        case .pageUp: -page
        case .pageDown: page
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: nil
        }
    }

    /// A scrolled text's new first line, kept between the top and the last full page.
    static func scroll(_ value: Int, by delta: Int, lines: Int, page: Int) -> Int {
        let last = max(0, lines - page)
        let sum = value.addingReportingOverflow(delta)
        if sum.overflow {
            return delta < 0 ? 0 : last
        }
        return max(0, min(sum.partialValue, last))
    }

    /// Applies filter text to the list on screen.
    mutating func applyFilter(_ text: String, now: Date) {
        switch current {
        case .entities:
            entityList.filterText = text
            refreshVisibleEntities()
        case .failures:
            failureList.filterText = text
        case .attention:
            attentionList.filterText = text
        case .orchestrators:
            orchestratorList.filterText = text
        case .hubs:
            hubList.filterText = text
            refreshHubList()
        default:
            instanceList.filterText = text
            refreshVisibleInstances(now: now)
        }
        if [.failures, .attention, .orchestrators].contains(current) {
            refreshTriageLists()
        }
    }
}
