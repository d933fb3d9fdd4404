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
                cell: { row, context in .init(text: (context.isMarked ? "*" : "") + row.instanceId) },
                sortKey: .text(\.instanceId)
            )
        case .name:
            TableColumn(
                title: "NAME",
                minimum: 10,
                share: 2,
                cell: { row, _ in .init(text: row.name ?? "") },
                sortKey: .text { $0.name ?? "" }
            )
        case .status:
            TableColumn(
                title: "STATUS",
                minimum: 12,
                share: 0,
                cell: { row, _ in
                    .init(text: StatusGlyph.label(row.runtimeStatus), style: StatusGlyph.style(row.runtimeStatus))
                },
                sortKey: .text(\.runtimeStatus.name)
            )
        case .created:
            TableColumn(
                title: "CREATED",
                minimum: 11,
                share: 0,
                cell: { row, context in .init(text: context.time(row.createdTime, relative: false)) },
                sortKey: .number { row, _ in row.createdTime.timeIntervalSinceReferenceDate }
            )
        case .updated:
            TableColumn(
                title: "UPDATED",
                minimum: 7,
                share: 0,
                alignment: .right,
                cell: { row, context in .init(text: context.time(row.lastUpdatedTime, relative: true)) },
                sortKey: .number { row, _ in row.lastUpdatedTime.timeIntervalSinceReferenceDate }
            )
        case .duration:
            TableColumn(
                title: "DURATION",
                minimum: 8,
                share: 0,
                alignment: .right,
                cell: { row, context in
                    .init(text: TimeFormat.duration(InstanceSort.duration(of: row, now: context.now)))
                },
                sortKey: .number(InstanceSort.duration(of:now:))
            )
        case .custom:
            TableColumn(
                title: "CUSTOM",
                minimum: 8,
                share: 4,
                cell: { row, _ in .init(text: Redaction.standard.apply(InstanceSort.customText(row))) },
                sortKey: .text(InstanceSort.customText)
            )
        }
    }
}
