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
    <name>uo::SegmentDocument</name>
    <message numerus="yes">
        <source>Assign people to %n segment(s)</source>
        <translation>
            <numerusform>Assign people to %n segment</numerusform>
            <numerusform>Assign people to %n segments</numerusform>
        </translation>
    </message>
</context>
</TS>
