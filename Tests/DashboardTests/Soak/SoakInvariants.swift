import DurableAPI

@testable import Dashboard

/// What must hold after every key of a soak; each check returns what broke, or `nil`.
struct SoakInvariants {
    /// The dialog open after the previous key, to check that its targets never change while it stays open.
    private var openDialog: ActionDialog?

    /// Every broken invariant of `state`, given the state after the previous key.
    mutating func violations(in state: DashboardState) -> [String] {
        var found: [String] = []
        found += cursorViolations(state)
        found += dialogViolations(state)
        found += progressViolations(state)
        found += markViolations(state)
        openDialog = state.dialog
        return found
    }

    private func cursorViolations(_ state: DashboardState) -> [String] {
        var found: [String] = []
        let lists = [
            ("instances", state.instanceList.cursor, state.instanceList.visible.count),
            ("entities", state.entityList.cursor, state.entityList.visible.count),
        ]
        for (name, cursor, count) in lists {
            if cursor.selected < 0 || cursor.selected > max(0, count - 1) {
                found.append("\(name) cursor \(cursor.selected) outside \(count) visible rows")
            }
            if cursor.top < 0 || cursor.top > cursor.selected {
                found.append("\(name) top row \(cursor.top) after the selected row \(cursor.selected)")
            }
        }
        return found
    }

    private func dialogViolations(_ state: DashboardState) -> [String] {
        guard let before = openDialog, let now = state.dialog else {
            return []
        }
        if before.action != now.action || before.targets != now.targets {
            return [
                "dialog retargeted while open: \(before.action.rawValue) \(before.targets.ids) became "
                    + "\(now.action.rawValue) \(now.targets.ids)"
            ]
        }
        return []
    }

    private func progressViolations(_ state: DashboardState) -> [String] {
        guard let run = state.actions.run else {
            return []
        }
        var found: [String] = []
        let planned: [String?] = run.plan.targets.isEmpty ? [nil] : run.plan.targets
        if run.rows.map(\.target) != planned {
            found.append("progress rows \(run.rows.map(\.target)) do not match the plan \(planned)")
        }
        let counts = run.counts
        if counts.done + counts.failed + counts.cancelled + counts.open != run.rows.count {
            found.append("progress counts do not add up to \(run.rows.count) rows")
        }
        if run.isFinished, counts.open > 0 {
            found.append("a finished run still has \(counts.open) open rows")
        }
        let lines = ProgressContent.lines(run)
        if lines.count != run.rows.count + 2 {
            found.append("the progress view has \(lines.count) lines for \(run.rows.count) rows")
        }
        return found
    }

    private func markViolations(_ state: DashboardState) -> [String] {
        var held = Set(state.store.rows.map(\.instanceId))
        for entity in state.entities {
            held.insert(entity.entityId.instanceId)
        }
        let stray = state.actions.marks.ids.subtracting(held)
        return stray.isEmpty ? [] : ["marks on rows no longer held: \(stray.sorted())"]
    }
}
