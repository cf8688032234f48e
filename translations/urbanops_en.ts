<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
