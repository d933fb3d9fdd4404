import Dashboard
import TerminalUI

/// The dashboard is driven as it is: it pushes redraws itself (new data, and once a second for its data-age
/// label) through the ``TerminalUI/TerminalWaker`` it was given, so the terminal's loop needs no timer of its own.
extension DashboardApp: TerminalApplication {}
