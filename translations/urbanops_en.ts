<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>uo::AssignmentPanel</name>
    <message numerus="yes">
        <source>%n segment(s) selected.</source>
        <translation>
            <numerusform>%n segment selected.</numerusform>
            <numerusform>%n segments selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::CaseController</name>
    <message numerus="yes">
        <source>%n new alert(s), each raised a case.</source>
        <translation>
            <numerusform>%n new alert, which raised a case.</numerusform>
            <numerusform>%n new alerts, each raised a case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) here</source>
        <translation>
            <numerusform>%n open case here</numerusform>
            <numerusform>%n open cases here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::CasePanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::CasesDock</name>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n overdue</numerusform>
            <numerusform>%1, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::DigTimeline</name>
    <message numerus="yes">
        <source>%1: opened %n time(s) in the last %2 years</source>
        <translation>
            <numerusform>%1: opened %n time in the last %2 years</numerusform>
            <numerusform>%1: opened %n times in the last %2 years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ExportDialog</name>
    <message numerus="yes">
        <source>Only the %n selected feature(s)</source>
        <translation>
            <numerusform>Only the %n selected feature</numerusform>
            <numerusform>Only the %n selected features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::FeatureAttributes</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line of %n vertices, %1 m</source>
        <translation>
            <numerusform>Line of %n vertices, %1 m</numerusform>
            <numerusform>Line of %n vertices, %1 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %1 m² in %n part(s)</source>
        <translation>
            <numerusform>Area of %1 m² in %n part</numerusform>
            <numerusform>Area of %1 m² in %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::FeatureSearch</name>
    <message numerus="yes">
        <source>%1, %n segment(s)</source>
        <translation>
            <numerusform>%1, %n segment</numerusform>
            <numerusform>%1, %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::IdentifyDock</name>
    <message numerus="yes">
        <source>%n feature(s) at E %1 N %2.</source>
        <translation>
            <numerusform>%n feature at E %1 N %2.</numerusform>
            <numerusform>%n features at E %1 N %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ImportSource</name>
    <message numerus="yes">
        <source>the header is %n byte(s) long instead of at least 32</source>
        <translation>
            <numerusform>the header is %n byte long instead of at least 32</numerusform>
            <numerusform>the header is %n bytes long instead of at least 32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its records are %1 bytes long but its %n field(s) add up to %2</source>
        <translation>
            <numerusform>its records are %1 bytes long but its %n field adds up to %2</numerusform>
            <numerusform>its records are %1 bytes long but its %n fields add up to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ImportTarget</name>
    <message numerus="yes">
        <source>%n identifier(s) made for features without one: %1 to %2</source>
        <translation>
            <numerusform>%n identifier made for a feature without one: %1 to %2</numerusform>
            <numerusform>%n identifiers made for features without one: %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ImportValues</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; read as %3 (%n feature(s))</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; read as %3 (%n feature)</numerusform>
            <numerusform>%1: &quot;%2&quot; read as %3 (%n features)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::LayerImport</name>
    <message numerus="yes">
        <source>%1 holds %n layer(s): %2. Choose the one to import (--layer NAME).</source>
        <translation>
            <numerusform>%1 holds %n layer: %2. Choose the one to import (--layer NAME).</numerusform>
            <numerusform>%1 holds %n layers: %2. Choose the one to import (--layer NAME).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::LayerListModel</name>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n feature</numerusform>
            <numerusform>%1: %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::MapController</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::PermitController</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not right.</source>
        <translation>
            <numerusform>Nothing was imported: %n row are not right.</numerusform>
            <numerusform>Nothing was imported: %n rows are not right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported.</source>
        <translation>
            <numerusform>%n application imported.</numerusform>
            <numerusform>%n applications imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::PermitReview</name>
    <message numerus="yes">
        <source>%n other permit(s) dig here at the same time: %1. Propose joint excavation group %2.</source>
        <translation>
            <numerusform>%n other permit digs here at the same time: %1. Propose joint excavation group %2.</numerusform>
            <numerusform>%n other permits dig here at the same time: %1. Propose joint excavation group %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk point(s) within %1 m: %2.</source>
        <translation>
            <numerusform>%n risk point within %1 m: %2.</numerusform>
            <numerusform>%n risk points within %1 m: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) to protect in the dug area: %1.</source>
        <translation>
            <numerusform>%n component to protect in the dug area: %1.</numerusform>
            <numerusform>%n components to protect in the dug area: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::PermitStatisticsDock</name>
    <message numerus="yes">
        <source>%n dig(s) on %1 of the district&apos;s roads (%2 km): %3 digs per km and year overall.</source>
        <translation>
            <numerusform>%n dig on %1 of the district&apos;s roads (%2 km): %3 digs per km and year overall.</numerusform>
            <numerusform>%n digs on %1 of the district&apos;s roads (%2 km): %3 digs per km and year overall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::PermitsDock</name>
    <message numerus="yes">
        <source>%1 of %n permit(s)</source>
        <translation>
            <numerusform>%1 of %n permit</numerusform>
            <numerusform>%1 of %n permits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ProposalsDialog</name>
    <message numerus="yes">
        <source>%1: %n piece(s)</source>
        <translation>
            <numerusform>%1: %n piece</numerusform>
            <numerusform>%1: %n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ReportDialog</name>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1 (%n segment)</numerusform>
            <numerusform>%1 (%n segments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n sheet(s); the PDF holds them all.</source>
        <translation>
            <numerusform>The preview shows the first %n sheet; the PDF holds them all.</numerusform>
            <numerusform>The preview shows the first %n sheets; the PDF holds them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ReportPreview</name>
    <message numerus="yes">
        <source>%n more page(s) in the PDF.</source>
        <translation>
            <numerusform>%n more page in the PDF.</numerusform>
            <numerusform>%n more pages in the PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::RiskPanel</name>
    <message numerus="yes">
        <source>%n new alert(s) raised a case each.</source>
        <translation>
            <numerusform>%n new alert raised a case.</numerusform>
            <numerusform>%n new alerts raised a case each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::Roster</name>
    <message numerus="yes">
        <source>%1 chairs %n segment(s); give them a new chief before changing the role.</source>
        <translation>
            <numerusform>%1 chairs %n segment; give it a new chief before changing the role.</numerusform>
            <numerusform>%1 chairs %n segments; give them a new chief before changing the role.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 collaborates on %n segment(s); take them off those segments before making them an officer.</source>
        <translation>
            <numerusform>%1 collaborates on %n segment; take them off it before making them an officer.</numerusform>
            <numerusform>%1 collaborates on %n segments; take them off those segments before making them an officer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chief of %n segment(s), %1 km</source>
        <translation>
            <numerusform>chief of %n segment, %1 km</numerusform>
            <numerusform>chief of %n segments, %1 km</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborator on %n segment(s)</source>
        <translation>
            <numerusform>collaborator on %n segment</numerusform>
            <numerusform>collaborator on %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::RosterDialog</name>
    <message numerus="yes">
        <source>%1 chairs %n segment(s). Once deactivated they no longer count as chief, and the segments will be listed as needing a new chief. Deactivate %1?</source>
        <translation>
            <numerusform>%1 chairs %n segment. Once deactivated they no longer count as chief, and the segment will be listed as needing a new chief. Deactivate %1?</numerusform>
            <numerusform>%1 chairs %n segments. Once deactivated they no longer count as chief, and the segments will be listed as needing a new chief. Deactivate %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::RouteShareChart</name>
    <message numerus="yes">
        <source>%1: %2 % (%n decision(s); target %3 %)</source>
        <translation>
            <numerusform>%1: %2 % (%n decision; target %3 %)</numerusform>
            <numerusform>%1: %2 % (%n decisions; target %3 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::SegmentDocument</name>
    <message numerus="yes">
        <source>Assign people to %n segment(s)</source>
        <translation>
            <numerusform>Assign people to %n segment</numerusform>
            <numerusform>Assign people to %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %n segment(s)</source>
        <translation>
            <numerusform>Split %1 into %n segment</numerusform>
            <numerusform>Split %1 into %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply segment proposals for %n road(s)</source>
        <translation>
            <numerusform>Apply segment proposals for %n road</numerusform>
            <numerusform>Apply segment proposals for %n roads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::cli</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::AttributeForm</name>
    <message numerus="yes">
        <source>Change an attribute of %n features</source>
        <translation>
            <numerusform>Change an attribute of %n features</numerusform>
            <numerusform>Change an attribute of %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n features</source>
        <translation>
            <numerusform>Change %1 of %n features</numerusform>
            <numerusform>Change %1 of %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::AttributeRules</name>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 may be at most %n character long.</numerusform>
            <numerusform>%1 may be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::ConflictsDialog</name>
    <message numerus="yes">
        <source>Someone else saved changes to %n feature(s) that you also edited. Your other edits were saved. Choose which version to keep for each; the choice is saved next.</source>
        <translation>
            <numerusform>Someone else saved changes to %n feature that you also edited. Your other edits were saved. Choose which version to keep for each; the choice is saved next.</numerusform>
            <numerusform>Someone else saved changes to %n features that you also edited. Your other edits were saved. Choose which version to keep for each; the choice is saved next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::EditingController</name>
    <message numerus="yes">
        <source>Component added; %n unsaved change(s).</source>
        <translation>
            <numerusform>Component added; %n unsaved change.</numerusform>
            <numerusform>Component added; %n unsaved changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s)?</source>
        <translation>
            <numerusform>Save the %n unsaved change?</numerusform>
            <numerusform>Save the %n unsaved changes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save Edits (%n)</source>
        <translation>
            <numerusform>Save Edits (%n)</numerusform>
            <numerusform>Save Edits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved change(s); save or discard them.</source>
        <translation>
            <numerusform>Recovered %n unsaved change; save or discard them.</numerusform>
            <numerusform>Recovered %n unsaved changes; save or discard them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new component(s) took the next free identifier: another workstation used theirs.</source>
        <translation>
            <numerusform>%n new component took the next free identifier: another workstation used theirs.</numerusform>
            <numerusform>%n new components took the next free identifier: another workstation used theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected feature(s)?</source>
        <translation>
            <numerusform>Delete the %n selected feature?</numerusform>
            <numerusform>Delete the %n selected features?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>Delete %n feature</numerusform>
            <numerusform>Delete %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s) before closing?</source>
        <translation>
            <numerusform>Save the %n unsaved change before closing?</numerusform>
            <numerusform>Save the %n unsaved changes before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s) before closing the district?</source>
        <translation>
            <numerusform>Save the %n unsaved change before closing the district?</numerusform>
            <numerusform>Save the %n unsaved changes before closing the district?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n unsaved change(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Discard the %n unsaved change? Undo brings it back.</numerusform>
            <numerusform>Discard the %n unsaved changes? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session of this district that started %1 ended without saving %n change(s). Recover them into this session?</source>
        <translation>
            <numerusform>A session of this district that started %1 ended without saving %n change. Recover it into this session?</numerusform>
            <numerusform>A session of this district that started %1 ended without saving %n changes. Recover them into this session?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more ended session(s) left edits; they are offered after this one or when the district opens again.</source>
        <translation>
            <numerusform>%n more ended session left edits; they are offered after this one or when the district opens again.</numerusform>
            <numerusform>%n more ended sessions left edits; they are offered after this one or when the district opens again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::report::CaseReport</name>
    <message numerus="yes">
        <source>%1: %n case(s) reported</source>
        <translation>
            <numerusform>%1: %n case reported</numerusform>
            <numerusform>%1: %n cases reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::report::RiskSummary</name>
    <message numerus="yes">
        <source>%1 risk points in %n street(s) and town(s)</source>
        <translation>
            <numerusform>%1 risk points in %n street and town</numerusform>
            <numerusform>%1 risk points in %n streets and towns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::report::SegmentSheets</name>
    <message numerus="yes">
        <source>… and %n more farther away</source>
        <translation>
            <numerusform>… and %n more farther away</numerusform>
            <numerusform>… and %n more farther away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other class(es)</source>
        <translation>
            <numerusform>%n other class</numerusform>
            <numerusform>%n other classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segments chaired by %1: %n sheet(s)</source>
        <translation>
            <numerusform>Segments chaired by %1: %n sheet</numerusform>
            <numerusform>Segments chaired by %1: %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment sheet(s)</source>
        <translation>
            <numerusform>%n segment sheet</numerusform>
            <numerusform>%n segment sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
