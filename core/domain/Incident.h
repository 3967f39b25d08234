#pragma once
// PIPL Art. 57: after a leak, tampering or loss, the handler takes remedial measures and notifies
// the authority and the people affected; it may leave the people un-notified only where the
// measures effectively avoid harm, and must say so. An incident is closed only when both
// questions are answered.
namespace cd {

struct IncidentNotifications {
    bool authorityNotified = false;
    bool peopleNotified = false;
    bool peopleNotNotifiedExplained = false;  // a reason is recorded
};

enum class IncidentCloseBlock { None, AuthorityNotNotified, PeopleNotAnswered };

inline IncidentCloseBlock incidentCloseBlock(const IncidentNotifications &n)
{
    if (!n.authorityNotified)
        return IncidentCloseBlock::AuthorityNotNotified;
    if (!n.peopleNotified && !n.peopleNotNotifiedExplained)
        return IncidentCloseBlock::PeopleNotAnswered;
    return IncidentCloseBlock::None;
}

} // namespace cd
