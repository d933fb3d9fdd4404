import DurableAPI
import Foundation
import HubKit

/// The instances table's columns, in the order of ``InstanceColumn``: heading, width rule, cell and sort key of
/// each, side by side. Drawing, sorting and `<`/`>` all read this one table.
enum InstanceTable {
    /// Every column, in display order.
    static let columns = InstanceColumn.allCases.map(column)

    /// The definition of one column.
    static func column(_ id: InstanceColumn) -> TableColumn<OrchestrationStatus> {
        switch id {
        case .id:
            TableColumn(
                title: "INSTANCE",
                minimum: 18,
                share: 3,
                ellipsis: .middle,
                cell: markedID,
                sortKey: .text(\.instanceId)
            )
        case .name:
            TableColumn(title: "NAME", minimum: 10, share: 2, text: { $0.name ?? "" }, sortKey: .text { $0.name ?? "" })
        case .status:
            TableColumn(title: "STATUS", minimum: 12, share: 0, cell: status, sortKey: .text(\.runtimeStatus.name))
        case .created:
            TableColumn(title: "CREATED", minimum: 11, share: 0, cell: created, sortKey: .number(createdKey))
        case .updated:
            TableColumn(
                title: "UPDATED",
                minimum: 7,
                share: 0,
                alignment: .right,
                cell: updated,
                sortKey: .number(updatedKey)
            )
        case .duration:
            TableColumn(
                title: "DURATION",
                minimum: 8,
                share: 0,
                alignment: .right,
                givesWay: 2,
                cell: duration,
                sortKey: .number(InstanceSort.duration(of:now:))
            )
        case .custom:
            TableColumn(
                title: "CUSTOM",
                minimum: 8,
                share: 4,
                givesWay: 1,
                cell: { row, _ in Cell(text: Redaction.standard.apply(InstanceSort.customText(row))) },
                sortKey: .text(InstanceSort.customText)
            )
        }
    }

    private typealias Cell = TableColumn<OrchestrationStatus>.Cell

    /// The id, with `*` in front when the row is marked.
    private static func markedID(_ row: OrchestrationStatus, context: CellContext) -> Cell {
        Cell(text: markedID(row.instanceId, isMarked: context.isMarked))
    }

    /// The id column's text for an id.
    static func markedID(_ id: String, isMarked: Bool) -> String {
        (isMarked ? "*" : "") + id
    }

    /// The status glyph and word, in the status's style.
    private static func status(_ row: OrchestrationStatus, context: CellContext) -> Cell {
        Cell(text: StatusGlyph.label(row.runtimeStatus), style: StatusGlyph.style(row.runtimeStatus))
    }

    /// The created time, always absolute.
    private static func created(_ row: OrchestrationStatus, context: CellContext) -> Cell {
        Cell(text: context.time(row.createdTime, relative: false))
    }

    /// The last update, relative when chosen.
    private static func updated(_ row: OrchestrationStatus, context: CellContext) -> Cell {
        Cell(text: context.time(row.lastUpdatedTime, relative: true))
    }

    /// How long the instance ran, to now while it runs.
    private static func duration(_ row: OrchestrationStatus, context: CellContext) -> Cell {
        Cell(text: TimeFormat.duration(InstanceSort.duration(of: row, now: context.now)))
    }

    private static func createdKey(_ row: OrchestrationStatus, now: Date) -> Double {
        row.createdTime.timeIntervalSinceReferenceDate
    }

    private static func updatedKey(_ row: OrchestrationStatus, now: Date) -> Double {
        row.lastUpdatedTime.timeIntervalSinceReferenceDate
    }
}
