#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/segments/roster.h"

namespace uo {

class SegmentDocument;

// One change to the roster: a person added (before has no id), edited, deactivated or reactivated
// (see StoreWriteCommand).
class PersonCommand : public StoreWriteCommand<Person>
{
public:
    PersonCommand(SegmentDocument &document, const Person &before, const Person &after, const QString &text);

private:
    edit::Rows rows(const Person &state) override;
    Person read(DistrictStore &store) override;
    void write(DistrictStore &store, const Person &state) override;
    void announce() override;

    SegmentDocument &m_document;
    qint64 m_id; // the person's id, before and after (an add's before has none)
};

} // namespace uo
