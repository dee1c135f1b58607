// Generated from openapi.json by `pnpm --filter @platform/console api:types`: do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Say whether the API is up
         * @description Public: no token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/pings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a ping, to see an event make the round trip
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff, finance, candidate.
         */
        post: operations["postHealthPings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/pings/{pingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a ping you recorded (HQ staff: any ping)
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff, finance, candidate.
         */
        get: operations["getHealthPingsByPingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the platform API (this document)
         * @description Public: no token needed.
         */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/retirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an MP's announced retirement, judging whether it is early enough for the emeritus committee
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusRetirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/retirements/{retirementId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a retirement; the MP may announce again later
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusRetirementsByRetirementIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/retirements/{retirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one retirement
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusRetirementsByRetirementId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the retirements in the order announced, filtered by status and seat
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the emeritus committee: eligible MPs whose retirement stands
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusCommittee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a Clause V meeting attendance list for MPs who are retiring
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusClauseVCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the expected election date and how early an announcement must be
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusSettings"];
        /**
         * Set the expected election date and how early an announcement must be; existing retirements are not re-judged
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        put: operations["putEmeritusSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through the append-only history of the register and its settings
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consultations, newest first, open or closed
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusConsultations"];
        put?: never;
        /**
         * Open a consultation of the emeritus committee on a manifesto issue or process
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusConsultations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/consultations/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a consultation: its consultees, who responded and who did not, and every response
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusConsultationsByConsultationId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/consultations/{consultationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a consultation before its closing date
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusConsultationsByConsultationIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/consultations/{consultationId}/responses/{mpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a consultee's response with every amendment
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusConsultationsByConsultationIdResponsesByMpId"];
        /**
         * Record a consultee's response on their behalf, or amend it, until the consultation closes
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        put: operations["putEmeritusConsultationsByConsultationIdResponsesByMpId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/consultations/{consultationId}/responses.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a consultation’s consultees and responses as a spreadsheet
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusConsultationsByConsultationIdResponsesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Clause V meetings, newest first, with how many attendees each must remove
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusClauseVMeetings"];
        put?: never;
        /**
         * Create a Clause V meeting: its date, and a place or a link
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusClauseVMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a Clause V meeting: its attendees, and which must be removed and why
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusClauseVMeetingsByMeetingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/meetings/{meetingId}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an attendee to a Clause V meeting; an MP with an active retirement is refused
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusClauseVMeetingsByMeetingIdAttendees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an attendee from a Clause V meeting
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        delete: operations["deleteEmeritusClauseVMeetingsByMeetingIdAttendeesByMpId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/clause-v/meetings/{meetingId}/attendees.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a Clause V meeting’s attendee list for its organisers
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusClauseVMeetingsByMeetingIdAttendeesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the emeritus service's dead-letter queues, with their messages
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/dead-letters/{queue}/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one dead letter of the emeritus service: its reason, attributes and body
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getEmeritusDeadLettersByQueueByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emeritus/dead-letters/{queue}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay dead letters of the emeritus service: send them back to the queue they came from
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postEmeritusDeadLettersByQueueRedrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/seats/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update seats from the Commons Library's results file (or a minimal gss_code,name,region CSV)
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postSelectionsSeatsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read which seats the party fights: the party, the nations it contests, the seats it leaves uncontested
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsSettings"];
        /**
         * Replace the settings
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        put: operations["putSelectionsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List seats filtered, searched by name or GSS code, and sorted (GSS code order unless asked), a page at a time
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsSeats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/seats/{seatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one seat
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsSeatsBySeatId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a seat's flags: island, boundary review, priority, shortlist
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        patch: operations["patchSelectionsSeatsBySeatId"];
        trace?: never;
    };
    "/selections/timetables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a timetable for every seat that needs a selection; nothing is scheduled until it is published
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postSelectionsTimetables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/{timetableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a timetable as drafted, with its status and what publishing did
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsTimetablesByTimetableId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the timetable most recently published: the one the selections run to and retiring MPs’ seats are slotted into
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsTimetablesPublished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/{timetableId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft timetable, scheduling its selections; safe to repeat after a failure
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postSelectionsTimetablesByTimetableIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/{timetableId}/calendar.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a timetable as a spreadsheet
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsTimetablesByTimetableIdCalendarCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/{timetableId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a timetable as an iCalendar file
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsTimetablesByTimetableIdCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/timetables/{timetableId}/calendar-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List who made which link to a timetable's feed and when, revoked ones included (never the keys)
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsTimetablesByTimetableIdCalendarSubscriptions"];
        put?: never;
        /**
         * Make a link to a timetable's calendar feed that a calendar app can poll without a token
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postSelectionsTimetablesByTimetableIdCalendarSubscriptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/calendar-subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a calendar link; its feed stops answering at once
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        delete: operations["deleteSelectionsCalendarSubscriptionsBySubscriptionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/calendar-feeds/{subscriptionId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A timetable's calendar feed, for calendar apps, through a link HQ staff made
         * @description Public: no token needed.
         */
        get: operations["getSelectionsCalendarFeedsBySubscriptionIdCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/selections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List selections, filtered by seat, region, status and a day one of their phases runs on, a page at a time
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsSelections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/selections/{selectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one selection: its phases, its flags and its revision (to send back as `expectedRevision` when moving it)
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsSelectionsBySelectionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move one selection to a new freeze date, its phases following, under the timetable's rules
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        patch: operations["patchSelectionsSelectionsBySelectionId"];
        trace?: never;
    };
    "/selections/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the selections service's dead-letter queues, with their messages
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/dead-letters/{queue}/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one dead letter of the selections service: its reason, attributes and body
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        get: operations["getSelectionsDeadLettersByQueueByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selections/dead-letters/{queue}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay dead letters of the selections service: send them back to the queue they came from
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff.
         */
        post: operations["postSelectionsDeadLettersByQueueRedrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through the donations received in a date range, newest first, filtered by source, permissibility check and id
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundDonations"];
        put?: never;
        /**
         * Record one donation by hand; it is levied like those the payment systems send
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundDonations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/donations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import donations from a CSV file, reporting each bad row by line
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundDonationsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/donations/{donationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a donation, its levy and its refunds
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundDonationsByDonationId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/donations/{donationId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund part or all of a donation, reversing the levy on the refunded part exactly
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundDonationsByDonationIdRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/levy-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every levy rate, earliest first, and the one in force today
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundLevyRates"];
        /**
         * Add a levy rate from a date; rates are kept for good and never backdated over levied donations
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        put: operations["putFundLevyRates"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read what the fund has raised, levied, committed, paid out and has available
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through the ledger movements effective in a date range
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/statement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the ledger over a date range as CSV, for the accountants
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundStatementCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute every total from the ledger's entries and compare it with the running totals
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/open-selections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the seats whose selection is open now, by constituency name
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate, finance.
         */
        get: operations["getFundOpenSelections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every application, oldest first, filtered, a page at a time
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundApplications"];
        put?: never;
        /**
         * Apply for support in a seat whose selection is open
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate.
         */
        post: operations["postFundApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's own applications, oldest first, each with its story
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate.
         */
        get: operations["getFundApplicationsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the applications the filters select at each stage
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundApplicationsCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an application: finance any, with staff ids; a candidate their own, with the panel in staff's place
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate, finance.
         */
        get: operations["getFundApplicationsByApplicationId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw your application while it is undecided, optionally saying why
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate.
         */
        post: operations["postFundApplicationsByApplicationIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application, committing the amount from the fund, or reject it with a reason
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundApplicationsByApplicationIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay part or all of what an approved grant still has committed
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundApplicationsByApplicationIdDisbursements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}/cancel-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an approved grant, returning what is committed and unpaid to the fund
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundApplicationsByApplicationIdCancelApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/reports/diversity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count applications and amounts by group, purpose and region, hiding any cell about fewer than five
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundReportsDiversity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Money levied, granted and paid out each month, and the available balance at each month’s end
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundReportsMonthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read how long applicants’ special category data is kept, and their rights to a copy and to erasure
         * @description Public: no token needed.
         */
        get: operations["getFundPrivacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/{applicationId}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the special category data of an application: a candidate their own, finance on a candidate’s behalf with a reason
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate, finance.
         */
        post: operations["postFundApplicationsByApplicationIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/applications/mine/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything the platform holds about the caller, as JSON
         * @description Needs a bearer token whose `cognito:groups` include one of: candidate.
         */
        get: operations["getFundApplicationsMineExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every erasure of special category data, oldest first, a page at a time
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundErasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the fund service's dead-letter queues, with their messages
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/dead-letters/{queue}/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one dead letter of the fund service: its reason, attributes and body
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        get: operations["getFundDeadLettersByQueueByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/dead-letters/{queue}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay dead letters of the fund service: send them back to the queue they came from
         * @description Needs a bearer token whose `cognito:groups` include one of: finance.
         */
        post: operations["postFundDeadLettersByQueueRedrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The messages to replay, by id (the message's or its event's), or `all`. */
        RedriveRequest: {
            messageIds: string[];
        } | {
            /** @constant */
            all: true;
        };
        /**
         * @description `awaiting-decision` (submitted), `awaiting-payment` (approved, nothing paid), `part-paid`, `paid`, `rejected`, `withdrawn`, `approval-cancelled`.
         * @enum {string}
         */
        ApplicationStage: "awaiting-decision" | "awaiting-payment" | "part-paid" | "paid" | "rejected" | "withdrawn" | "approval-cancelled";
        /**
         * @description The API is up. Liveness only: no table or queue is touched.
         * @example {
         *       "status": "ok"
         *     }
         */
        HealthStatus: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description RFC 9457 problem details.
         * @example {
         *       "type": "about:blank",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "there is no donation d-1",
         *       "instance": "/fund/donations/d-1"
         *     }
         */
        Problem: {
            /**
             * @description `about:blank`: the status says what kind of problem it is (RFC 9457, 4.2.1).
             * @example about:blank
             */
            type: string;
            /**
             * @description The status’s reason phrase.
             * @example Not Found
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong, in plain words.
             * @example there is no donation d-1
             */
            detail: string;
            /**
             * @description The path of the request.
             * @example /fund/donations/d-1
             */
            instance: string;
            /** @description Facts about the conflict, e.g. `{ "availablePence": 1200 }`. */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A ping: stored at once, and stamped `receivedAt` when its event has come back through the queue.
         * @example {
         *       "pingId": "5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a",
         *       "message": "hello",
         *       "recordedBy": "staff-1",
         *       "recordedAt": "2026-05-01T10:00:00.000Z",
         *       "receivedAt": "2026-05-01T10:00:02.000Z"
         *     }
         */
        Ping: {
            /** Format: uuid */
            pingId: string;
            message: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            receivedAt?: string;
        };
        /**
         * @description RFC 9457 problem details listing every issue of the request.
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "the request body is invalid: body.amountPence: Too small: expected number to be >0",
         *       "instance": "/fund/donations",
         *       "errors": [
         *         {
         *           "path": [
         *             "body",
         *             "amountPence"
         *           ],
         *           "message": "Too small: expected number to be >0"
         *         }
         *       ]
         *     }
         */
        ValidationProblem: {
            /**
             * @description `about:blank`: the status says what kind of problem it is (RFC 9457, 4.2.1).
             * @example about:blank
             */
            type: string;
            /**
             * @description The status’s reason phrase.
             * @example Not Found
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong, in plain words.
             * @example there is no donation d-1
             */
            detail: string;
            /**
             * @description The path of the request.
             * @example /fund/donations/d-1
             */
            instance: string;
            /** @description Every issue of the request, not just the first. */
            errors: {
                /**
                 * @description Where: `path`, `query` or `body`, then the field.
                 * @example [
                 *       "body",
                 *       "amountPence"
                 *     ]
                 */
                path: (string | number)[];
                /** @example Too small: expected number to be >0 */
                message: string;
            }[];
        };
        /** @description The platform API’s OpenAPI 3.1 document. */
        OpenApiDocument: {
            openapi: string;
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            components: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An MP’s announced retirement at the next general election, judged once for the emeritus committee.
         * @example {
         *       "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *       "mpId": "mp-4021",
         *       "mpName": "Jo Bloggs",
         *       "seatId": "E14001063",
         *       "announcedOn": "2027-03-01",
         *       "expectedElectionOn": "2029-05-03",
         *       "expectedElectionSource": "settings",
         *       "earlyAnnouncementMonths": 12,
         *       "earlyAnnouncementDeadline": "2028-05-03",
         *       "emeritusEligible": true,
         *       "eligibilityReason": "announced on 2027-03-01, on or before the early-announcement deadline 2028-05-03",
         *       "recordedBy": "staff-1",
         *       "recordedAt": "2027-03-01T10:00:00.000Z",
         *       "status": "active",
         *       "withdrawal": null
         *     }
         */
        Retirement: {
            /** Format: uuid */
            retirementId: string;
            mpId: string;
            mpName: string;
            seatId: string;
            /** Format: date */
            announcedOn: string;
            /** Format: date */
            expectedElectionOn: string;
            /** @enum {string} */
            expectedElectionSource: "settings" | "retirement";
            earlyAnnouncementMonths: number;
            /** Format: date */
            earlyAnnouncementDeadline: string;
            emeritusEligible: boolean;
            eligibilityReason: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** @constant */
            status: "active";
            withdrawal: null;
        } | {
            /** Format: uuid */
            retirementId: string;
            mpId: string;
            mpName: string;
            seatId: string;
            /** Format: date */
            announcedOn: string;
            /** Format: date */
            expectedElectionOn: string;
            /** @enum {string} */
            expectedElectionSource: "settings" | "retirement";
            earlyAnnouncementMonths: number;
            /** Format: date */
            earlyAnnouncementDeadline: string;
            emeritusEligible: boolean;
            eligibilityReason: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** @constant */
            status: "withdrawn";
            withdrawal: {
                /** Format: date */
                withdrawnOn: string;
                reason: string;
                withdrawnBy: string;
                /** Format: date-time */
                withdrawnAt: string;
            };
        };
        /** @description The register’s retirements matching the filter, in the order they were announced. */
        Register: {
            retirements: components["schemas"]["Retirement"][];
        };
        /**
         * @description The emeritus committee: MPs whose early announcement stands, longest-serving first.
         * @example {
         *       "members": [
         *         {
         *           "mpId": "mp-4021",
         *           "mpName": "Jo Bloggs",
         *           "seatId": "E14001063",
         *           "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *           "joinedOn": "2027-03-01"
         *         }
         *       ]
         *     }
         */
        Committee: {
            members: components["schemas"]["CommitteeMember"][];
        };
        CommitteeMember: {
            mpId: string;
            mpName: string;
            seatId: string;
            /** Format: uuid */
            retirementId: string;
            /**
             * Format: date
             * @description The day the MP announced early, which earned the place.
             */
            joinedOn: string;
        };
        /**
         * @description The proposed attendees who may not take part in the Clause V meeting, and why; empty when none.
         * @example {
         *       "conflicts": [
         *         {
         *           "mpId": "mp-4021",
         *           "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *           "reason": "retiring at the next general election (announced on 2027-03-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting"
         *         }
         *       ]
         *     }
         */
        ClauseVCheck: {
            conflicts: components["schemas"]["ClauseVConflict"][];
        };
        ClauseVConflict: {
            mpId: string;
            /** Format: uuid */
            retirementId: string;
            reason: string;
        };
        /**
         * @description The expected general election and the early-announcement threshold, with who last changed them.
         * @example {
         *       "expectedElectionOn": "2029-05-03",
         *       "earlyAnnouncementMonths": 12,
         *       "updatedAt": "2027-01-04T09:00:00.000Z",
         *       "updatedBy": "staff-1"
         *     }
         */
        EmeritusSettings: {
            expectedElectionOn: string | null;
            earlyAnnouncementMonths: number;
            updatedAt: string | null;
            updatedBy: string | null;
        };
        /**
         * @description Who changed what and when: retirements announced and withdrawn, settings before and after.
         * @example {
         *       "entries": [
         *         {
         *           "historyId": "6f1d2b9e-8c4a-4e21-b1f3-2a9c7d5e0b14",
         *           "at": "2027-01-04T09:00:00.000Z",
         *           "by": "staff-1",
         *           "action": "settings-changed",
         *           "before": {
         *             "expectedElectionOn": null,
         *             "earlyAnnouncementMonths": 12
         *           },
         *           "after": {
         *             "expectedElectionOn": "2029-05-03",
         *             "earlyAnnouncementMonths": 12
         *           }
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        EmeritusHistoryPage: {
            entries: ({
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "retirement-announced";
                /** Format: uuid */
                retirementId: string;
                mpId: string;
                retirement: {
                    /** Format: uuid */
                    retirementId: string;
                    mpId: string;
                    mpName: string;
                    seatId: string;
                    /** Format: date */
                    announcedOn: string;
                    /** Format: date */
                    expectedElectionOn: string;
                    /** @enum {string} */
                    expectedElectionSource: "settings" | "retirement";
                    earlyAnnouncementMonths: number;
                    /** Format: date */
                    earlyAnnouncementDeadline: string;
                    emeritusEligible: boolean;
                    eligibilityReason: string;
                    recordedBy: string;
                    /** Format: date-time */
                    recordedAt: string;
                    /** @constant */
                    status: "active";
                    withdrawal: null;
                };
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "retirement-withdrawn";
                /** Format: uuid */
                retirementId: string;
                mpId: string;
                withdrawal: {
                    /** Format: date */
                    withdrawnOn: string;
                    reason: string;
                    withdrawnBy: string;
                    /** Format: date-time */
                    withdrawnAt: string;
                };
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "settings-changed";
                before: {
                    expectedElectionOn: string | null;
                    earlyAnnouncementMonths: number;
                };
                after: {
                    expectedElectionOn: string | null;
                    earlyAnnouncementMonths: number;
                };
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "consultation-opened";
                /** Format: uuid */
                consultationId: string;
                consultation: {
                    /** Format: uuid */
                    consultationId: string;
                    title: string;
                    concerns: string;
                    questions: string[];
                    links: {
                        title: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    /** Format: date */
                    closesOn: string;
                    openedBy: string;
                    /** Format: date-time */
                    openedAt: string;
                    closedEarly: {
                        closedBy: string;
                        /** Format: date-time */
                        closedAt: string;
                    } | null;
                };
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "consultation-closed";
                /** Format: uuid */
                consultationId: string;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "consultation-response-recorded";
                /** Format: uuid */
                consultationId: string;
                mpId: string;
                version: number;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-meeting-created";
                /** Format: uuid */
                meetingId: string;
                meeting: {
                    /** Format: uuid */
                    meetingId: string;
                    title: string;
                    /** Format: date */
                    heldOn: string;
                    place: string | null;
                    link: string | null;
                    createdBy: string;
                    /** Format: date-time */
                    createdAt: string;
                    attendeeCount: number;
                    flaggedCount: number;
                };
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-attendee-added";
                /** Format: uuid */
                meetingId: string;
                mpId: string;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-attendee-refused";
                /** Format: uuid */
                meetingId: string;
                mpId: string;
                /**
                 * @default retiring
                 * @enum {string}
                 */
                refusal: "held" | "retiring" | "attending" | "full";
                /** Format: uuid */
                retirementId?: string;
                reason: string;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-attendee-removed";
                /** Format: uuid */
                meetingId: string;
                mpId: string;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-meeting-flagged";
                /** Format: uuid */
                meetingId: string;
                mpId: string;
                /** Format: uuid */
                retirementId: string;
                reason: string;
                /** Format: uuid */
                eventId: string;
            } | {
                /** Format: uuid */
                historyId: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @constant */
                action: "clause-v-flag-cleared";
                /** Format: uuid */
                meetingId: string;
                mpId: string;
                /** Format: uuid */
                retirementId: string;
                /** Format: uuid */
                eventId: string;
            })[];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A consultation of the emeritus committee: its questions and papers, who is consulted, and each response.
         * @example {
         *       "consultationId": "019b2c3d-4e5f-7a6b-8c7d-9e0f1a2b3c4d",
         *       "title": "Housing: the first draft",
         *       "concerns": "Manifesto section 4: homes",
         *       "questions": [
         *         "What should the first-year target be?"
         *       ],
         *       "links": [
         *         {
         *           "title": "Draft section 4",
         *           "url": "https://papers.example.org/manifesto/section-4.pdf"
         *         }
         *       ],
         *       "closesOn": "2027-04-30",
         *       "openedBy": "staff-1",
         *       "openedAt": "2027-04-01T09:00:00.000Z",
         *       "closedEarly": null,
         *       "status": "open",
         *       "closedAt": null,
         *       "consultees": [
         *         {
         *           "mpId": "mp-4021",
         *           "mpName": "Jo Bloggs",
         *           "seatId": "E14001063",
         *           "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *           "addedBecause": "on-the-committee-at-opening",
         *           "addedAt": "2027-04-01T09:00:00.000Z",
         *           "withdrawal": null,
         *           "responded": true,
         *           "response": {
         *             "version": 1,
         *             "text": "Aim higher in year one.",
         *             "recordedBy": "staff-1",
         *             "recordedAt": "2027-04-03T14:00:00.000Z",
         *             "amended": false
         *           }
         *         }
         *       ],
         *       "consulteeCount": 1,
         *       "respondedCount": 1
         *     }
         */
        Consultation: {
            /** Format: uuid */
            consultationId: string;
            title: string;
            concerns: string;
            questions: string[];
            links: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: date */
            closesOn: string;
            openedBy: string;
            /** Format: date-time */
            openedAt: string;
            closedEarly: {
                closedBy: string;
                /** Format: date-time */
                closedAt: string;
            } | null;
            /**
             * @description Open until its closing date ends (UTC) or HQ staff close it.
             * @enum {string}
             */
            status: "open" | "closed";
            closedAt: string | null;
            consultees: components["schemas"]["Consultee"][];
            consulteeCount: number;
            respondedCount: number;
        };
        Consultee: {
            mpId: string;
            mpName: string;
            seatId: string;
            /** Format: uuid */
            retirementId: string;
            /** @enum {string} */
            addedBecause: "on-the-committee-at-opening" | "joined-while-open";
            /** Format: date-time */
            addedAt: string;
            /** @description Set when the member withdrew while it was open: they stay on it, marked. */
            withdrawal: {
                /** Format: date */
                withdrawnOn: string;
                /** Format: date-time */
                withdrawnAt: string;
            } | null;
            responded: boolean;
            response: components["schemas"]["ConsulteeResponse"] | null;
        };
        /** @description The latest version HQ staff recorded on the member’s behalf. */
        ConsulteeResponse: {
            version: number;
            text: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            amended: boolean;
        };
        /** @description Consultations of the emeritus committee, newest first. */
        ConsultationPage: {
            items: components["schemas"]["ConsultationSummary"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        ConsultationSummary: {
            /** Format: uuid */
            consultationId: string;
            title: string;
            concerns: string;
            questionCount: number;
            /** Format: date */
            closesOn: string;
            openedBy: string;
            /** Format: date-time */
            openedAt: string;
            closedEarly: {
                closedBy: string;
                /** Format: date-time */
                closedAt: string;
            } | null;
            /**
             * @description Open until its closing date ends (UTC) or HQ staff close it.
             * @enum {string}
             */
            status: "open" | "closed";
            /** @description When it closed; `null` while open. */
            closedAt: string | null;
        };
        /** @description A consultee’s response as HQ staff recorded it, with each amendment. */
        ConsulteeResponseHistory: {
            /** Format: uuid */
            consultationId: string;
            mpId: string;
            current: {
                /** Format: uuid */
                consultationId: string;
                mpId: string;
                version: number;
                text: string;
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
            };
            /** @description Every version, oldest first; the last is `current`. */
            versions: {
                /** Format: uuid */
                consultationId: string;
                mpId: string;
                version: number;
                text: string;
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
            }[];
        };
        /**
         * @description A Clause V meeting with its attendee list, flagged while an attendee with an active retirement is on it.
         * @example {
         *       "meetingId": "019b2c3d-4e5f-7a6b-8c7d-000000000001",
         *       "title": "Clause V meeting",
         *       "heldOn": "2029-03-10",
         *       "place": "Labour Central, London",
         *       "link": null,
         *       "createdBy": "staff-1",
         *       "createdAt": "2029-01-05T10:00:00.000Z",
         *       "attendeeCount": 1,
         *       "flaggedCount": 1,
         *       "status": "upcoming",
         *       "flagged": true,
         *       "mustBeRemoved": [
         *         {
         *           "mpId": "mp-4021",
         *           "name": "Jo Bloggs",
         *           "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *           "reason": "retiring at the next general election (announced on 2029-02-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting",
         *           "flaggedAt": "2029-02-01T10:00:05.000Z"
         *         }
         *       ],
         *       "attendees": [
         *         {
         *           "mpId": "mp-4021",
         *           "name": "Jo Bloggs",
         *           "addedBy": "staff-1",
         *           "addedAt": "2029-01-06T10:00:00.000Z",
         *           "flag": {
         *             "retirementId": "0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10",
         *             "reason": "retiring at the next general election (announced on 2029-02-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting",
         *             "flaggedAt": "2029-02-01T10:00:05.000Z"
         *           }
         *         }
         *       ]
         *     }
         */
        ClauseVMeeting: {
            /** Format: uuid */
            meetingId: string;
            title: string;
            /** Format: date */
            heldOn: string;
            place: string | null;
            link: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            attendeeCount: number;
            flaggedCount: number;
            /** @enum {string} */
            status: "upcoming" | "held";
            /** @description Whether an attendee announced their retirement after being added, and must be removed. */
            flagged: boolean;
            mustBeRemoved: components["schemas"]["ClauseVAttendeeToRemove"][];
            attendees: components["schemas"]["ClauseVAttendee"][];
        };
        ClauseVAttendeeToRemove: {
            mpId: string;
            name: string;
            /** Format: uuid */
            retirementId: string;
            reason: string;
            /** Format: date-time */
            flaggedAt: string;
        };
        /** @description An attendee; `flag` says why they must be removed, when they must. */
        ClauseVAttendee: {
            mpId: string;
            name: string;
            addedBy: string;
            /** Format: date-time */
            addedAt: string;
            flag: {
                /** Format: uuid */
                retirementId: string;
                reason: string;
                /** Format: date-time */
                flaggedAt: string;
            } | null;
        };
        /** @description Clause V meetings, newest first. */
        ClauseVMeetingPage: {
            items: components["schemas"]["ClauseVMeetingSummary"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        /**
         * @description A Clause V meeting; `flaggedCount` attendees must be removed.
         * @example {
         *       "meetingId": "019b2c3d-4e5f-7a6b-8c7d-000000000001",
         *       "title": "Clause V meeting",
         *       "heldOn": "2029-03-10",
         *       "place": "Labour Central, London",
         *       "link": null,
         *       "createdBy": "staff-1",
         *       "createdAt": "2029-01-05T10:00:00.000Z",
         *       "attendeeCount": 1,
         *       "flaggedCount": 1,
         *       "status": "upcoming"
         *     }
         */
        ClauseVMeetingSummary: {
            /** Format: uuid */
            meetingId: string;
            title: string;
            /** Format: date */
            heldOn: string;
            place: string | null;
            link: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            attendeeCount: number;
            flaggedCount: number;
            /** @enum {string} */
            status: "upcoming" | "held";
        };
        /**
         * @description The service's dead-letter queues and what waits in them.
         * @example {
         *       "queues": [
         *         {
         *           "queue": "fund-inbox",
         *           "name": "Platform-dev-FundInboxDeadLetterQueue",
         *           "kind": "inbox",
         *           "replayable": true,
         *           "redrivesTo": "Platform-dev-FundInboxQueue",
         *           "messageCount": 1,
         *           "more": false,
         *           "messages": [
         *             {
         *               "messageId": "6f1c2d3e-0a1b-4c5d-8e9f-0123456789ab",
         *               "kind": "event",
         *               "failureReason": "invalid event fund.donation-received v1: data.amountPence: Too small",
         *               "eventType": "fund.donation-received",
         *               "eventId": "0d7e3c9a-51a2-4b8e-9a77-3f0f3c1d2e4b",
         *               "ageSeconds": 120
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        DeadLetterQueues: {
            queues: components["schemas"]["DeadLetterQueue"][];
        };
        DeadLetterQueue: {
            /**
             * @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`.
             * @example fund-inbox
             */
            queue: string;
            /** @description The queue's name in SQS, as the alarm and `pnpm ops dlq` name it. */
            name: string;
            /**
             * @description `inbox`: the service's inbound queue's dead letters, which can be replayed; `outbox-relay`: stream batches the relay gave up on, which cannot.
             * @enum {string}
             */
            kind: "inbox" | "outbox-relay";
            replayable: boolean;
            /** @description The queue a replay sends its messages back to. */
            redrivesTo?: string;
            /** @description The messages read, at most 100. */
            messageCount: number;
            /** @description `true` when the queue holds more than the 100 listed. */
            more: boolean;
            messages: components["schemas"]["DeadLetterSummary"][];
        };
        DeadLetterSummary: {
            messageId: string;
            /**
             * @description `event`: an event envelope; `stream-batch`: a relay's description of a stream batch it gave up on; `unreadable`: neither.
             * @enum {string}
             */
            kind: "event" | "stream-batch" | "unreadable";
            /** @description Why it failed, as the consumer recorded it (absent when it failed by running out of receives). */
            failureReason?: string;
            eventType?: string;
            eventId?: string;
            /** @description Seconds since it reached the dead-letter queue. */
            ageSeconds?: number;
        };
        /** @description One dead letter: its summary, attributes and body. */
        DeadLetter: {
            messageId: string;
            /**
             * @description `event`: an event envelope; `stream-batch`: a relay's description of a stream batch it gave up on; `unreadable`: neither.
             * @enum {string}
             */
            kind: "event" | "stream-batch" | "unreadable";
            /** @description Why it failed, as the consumer recorded it (absent when it failed by running out of receives). */
            failureReason?: string;
            eventType?: string;
            eventId?: string;
            /** @description Seconds since it reached the dead-letter queue. */
            ageSeconds?: number;
            /**
             * @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`.
             * @example fund-inbox
             */
            queue: string;
            replayable: boolean;
            /**
             * Format: date-time
             * @description When it reached the dead-letter queue.
             */
            sentAt?: string;
            /** @description How often it has been received, each reading included. */
            receiveCount?: number;
            /** @description Its message attributes (text values), `failureReason` among them. */
            attributes: {
                [key: string]: string;
            };
            /** @description The message body: JSON pretty-printed, anything else as it came. */
            body: string;
        };
        /**
         * @example {
         *       "queue": "fund-inbox",
         *       "movedTo": "Platform-dev-FundInboxQueue",
         *       "moved": [
         *         "6f1c2d3e-0a1b-4c5d-8e9f-0123456789ab"
         *       ],
         *       "notFound": []
         *     }
         */
        Redrive: {
            /**
             * @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`.
             * @example fund-inbox
             */
            queue: string;
            /** @description The queue the messages were sent back to. */
            movedTo: string;
            /** @description The ids (on the dead-letter queue) of the messages sent back. */
            moved: string[];
            /** @description The ids asked for that no message on the queue has (replayed already, perhaps). */
            notFound: string[];
        };
        /**
         * @description Seats created, updated, unchanged and rejected (with the line and reason), and the Speaker’s seats set aside.
         * @example {
         *       "format": "commons-library",
         *       "counts": {
         *         "created": 649,
         *         "updated": 0,
         *         "unchanged": 0,
         *         "rejected": 1
         *       },
         *       "created": [
         *         {
         *           "line": 4,
         *           "seatId": "E14001063"
         *         }
         *       ],
         *       "updated": [],
         *       "rejected": [
         *         {
         *           "line": 9,
         *           "seatId": "E1400106",
         *           "reason": "a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063"
         *         }
         *       ],
         *       "uncontestedAdded": [
         *         {
         *           "seatId": "E14001172",
         *           "reason": "the Speaker’s seat: by convention the main parties do not stand against the Speaker"
         *         }
         *       ]
         *     }
         */
        SeatImportReport: {
            /** @enum {string} */
            format: "commons-library" | "minimal";
            counts: {
                created: number;
                updated: number;
                unchanged: number;
                rejected: number;
            };
            created: {
                /** @description The line of the file, counting from 1. */
                line: number;
                seatId: string;
            }[];
            updated: {
                /** @description The line of the file, counting from 1. */
                line: number;
                seatId: string;
                changed: ("seatId" | "name" | "nation" | "region" | "firstParty" | "majority" | "electorate" | "sittingMp")[];
            }[];
            rejected: {
                /** @description The line of the file, counting from 1. */
                line: number;
                seatId?: string;
                reason: string;
            }[];
            /** @description The Speaker’s seats this import set aside. */
            uncontestedAdded: {
                seatId: string;
                reason: string;
            }[];
        };
        /**
         * @description The party whose selections these are, the nations it contests and the seats it sets aside.
         * @example {
         *       "party": "Lab",
         *       "contestedNations": [
         *         "England",
         *         "Scotland",
         *         "Wales"
         *       ],
         *       "uncontested": [
         *         {
         *           "seatId": "E14001172",
         *           "reason": "the Speaker’s seat: by convention the main parties do not stand against the Speaker"
         *         }
         *       ]
         *     }
         */
        SelectionsSettings: {
            party: string;
            contestedNations: ("England" | "Scotland" | "Wales" | "Northern Ireland")[];
            uncontested: {
                seatId: string;
                reason: string;
            }[];
        };
        /** @description A page of seats, in the order asked for (GSS code order unless asked). */
        SeatPage: {
            items: components["schemas"]["Seat"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        /**
         * @description A Westminster constituency, its 2024 result and the flags HQ staff set.
         * @example {
         *       "seatId": "E14001063",
         *       "name": "Aldershot",
         *       "nation": "England",
         *       "region": "South East",
         *       "firstParty": "Lab",
         *       "majority": 5683,
         *       "electorate": 78553,
         *       "sittingMp": "Alex Baker",
         *       "island": false,
         *       "priority": 2,
         *       "shortlist": "open",
         *       "flagsRevision": 3,
         *       "importedAt": "2026-11-02T09:00:00.000Z",
         *       "updatedAt": "2026-11-02T09:00:00.000Z",
         *       "held": true,
         *       "contested": true,
         *       "needsSelection": false
         *     }
         */
        Seat: {
            seatId: string;
            name: string;
            /** @enum {string} */
            nation: "England" | "Scotland" | "Wales" | "Northern Ireland";
            region: string;
            firstParty?: string;
            majority?: number;
            electorate?: number;
            sittingMp?: string;
            island: boolean;
            /** Format: date */
            boundaryReviewUntil?: string;
            priority: 1 | 2 | 3;
            /** @enum {string} */
            shortlist: "open" | "all-women";
            retirement?: {
                retirementId: string;
                /** @enum {string} */
                status: "announced" | "withdrawn";
                /** Format: date */
                announcedOn?: string;
                /** Format: date */
                withdrawnOn?: string;
                withdrawalReason?: string;
            };
            currentSelectionId?: string;
            /** @default 0 */
            flagsRevision: number;
            /** Format: date-time */
            importedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The party won the seat last time. */
            held: boolean;
            /** @description The party stands in the seat’s nation and HQ staff have not set it aside. */
            contested: boolean;
            /** @description Contested, with no candidate of the party’s own and no selection yet. */
            needsSelection: boolean;
        };
        /**
         * @description A staggered timetable of selections for every seat that needs one: the request, each seat’s entry, and what publishing did.
         * @example {
         *       "timetableId": "7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b",
         *       "id": "7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b",
         *       "status": "draft",
         *       "request": {
         *         "from": "2027-01-04",
         *         "expectedElection": "2029-05-03",
         *         "completeMonthsBefore": 12,
         *         "weeklyCapacity": 8,
         *         "regionalWeeklyCapacity": 2,
         *         "blackouts": [
         *           {
         *             "from": "2027-12-20",
         *             "to": "2028-01-03",
         *             "reason": "Christmas"
         *           }
         *         ],
         *         "phaseDays": {
         *           "nominations": 14,
         *           "applications": 14,
         *           "shortlisting": 7,
         *           "hustingsAndBallot": 21
         *         }
         *       },
         *       "entries": [],
         *       "stats": {
         *         "scheduled": 0,
         *         "unscheduled": [],
         *         "peakWeeklyStarts": 0,
         *         "peakConcurrent": 0,
         *         "lowerBound": 0
         *       },
         *       "createdAt": "2027-01-04T09:00:00.000Z",
         *       "createdBy": "staff-1",
         *       "revision": 0
         *     }
         */
        Timetable: {
            /** Format: uuid */
            timetableId: string;
            /** @enum {string} */
            status: "draft" | "publishing" | "published";
            request: {
                /** Format: date */
                from: string;
                /** Format: date */
                expectedElection: string;
                completeMonthsBefore: number;
                weeklyCapacity: number;
                regionalWeeklyCapacity?: number;
                blackouts: {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
                    reason: string;
                }[];
                phaseDays: {
                    nominations: number;
                    applications: number;
                    shortlisting: number;
                    hustingsAndBallot: number;
                };
            };
            entries: {
                seatId: string;
                seatName: string;
                /** @enum {string} */
                nation: "England" | "Scotland" | "Wales" | "Northern Ireland";
                region: string;
                /** Format: date */
                start: string;
                week: number;
                phases: {
                    /** @enum {string} */
                    name: "freeze" | "nominations" | "applications" | "shortlisting" | "hustings-and-ballot" | "result";
                    /** Format: date */
                    start: string;
                    /** Format: date */
                    end: string;
                }[];
                reason: string;
                retirementId?: string;
            }[];
            stats: {
                scheduled: number;
                unscheduled: {
                    seatId: string;
                    reason: string;
                }[];
                peakWeeklyStarts: number;
                peakConcurrent: number;
                lowerBound: number;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            publishedAt?: string;
            publication?: {
                published: number;
                alreadyPublished: number;
                skipped: {
                    seatId: string;
                    reason: string;
                }[];
            };
            revision: number;
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: the same as `timetableId`, which replaces it; removed in the next release.
             */
            id: string;
        };
        /**
         * @description A new calendar subscription with its feed link.
         * @example {
         *       "subscriptionId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "timetableId": "7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b",
         *       "createdAt": "2027-01-05T10:00:00.000Z",
         *       "createdBy": "staff-1",
         *       "url": "https://api.example.org/selections/calendar-feeds/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/calendar.ics?key=q2Vb…"
         *     }
         */
        NewCalendarSubscription: {
            /** Format: uuid */
            subscriptionId: string;
            /** Format: uuid */
            timetableId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            revokedAt?: string;
            revokedBy?: string;
            /**
             * Format: uri
             * @description The feed link to paste into a calendar app. Shown once: only the key’s hash is kept.
             */
            url: string;
        };
        /** @description Who made which link to the timetable and when, and which are revoked. */
        CalendarSubscriptionList: {
            items: components["schemas"]["CalendarSubscription"][];
        };
        /**
         * @description A link a calendar app follows to a timetable; revoked once `revokedAt` is set.
         * @example {
         *       "subscriptionId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "timetableId": "7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b",
         *       "createdAt": "2027-01-05T10:00:00.000Z",
         *       "createdBy": "staff-1"
         *     }
         */
        CalendarSubscription: {
            /** Format: uuid */
            subscriptionId: string;
            /** Format: uuid */
            timetableId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            revokedAt?: string;
            revokedBy?: string;
        };
        /** @description A page of selections matching the filter. */
        SelectionPage: {
            items: components["schemas"]["Selection"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        /**
         * @description One seat’s candidate selection: its six phases, scheduled or cancelled.
         * @example {
         *       "selectionId": "3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d",
         *       "seatId": "E14001063",
         *       "seatName": "Aldershot",
         *       "nation": "England",
         *       "region": "South East",
         *       "timetableId": "7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b",
         *       "status": "scheduled",
         *       "start": "2027-02-01",
         *       "phases": [
         *         {
         *           "name": "freeze",
         *           "start": "2027-02-01",
         *           "end": "2027-02-01"
         *         },
         *         {
         *           "name": "nominations",
         *           "start": "2027-02-02",
         *           "end": "2027-02-15"
         *         },
         *         {
         *           "name": "applications",
         *           "start": "2027-02-16",
         *           "end": "2027-03-01"
         *         },
         *         {
         *           "name": "shortlisting",
         *           "start": "2027-03-02",
         *           "end": "2027-03-08"
         *         },
         *         {
         *           "name": "hustings-and-ballot",
         *           "start": "2027-03-09",
         *           "end": "2027-03-29"
         *         },
         *         {
         *           "name": "result",
         *           "start": "2027-03-30",
         *           "end": "2027-03-30"
         *         }
         *       ],
         *       "reason": "priority 2, majority 5,683",
         *       "scheduledAt": "2027-01-04T09:30:00.000Z",
         *       "updatedAt": "2027-01-04T09:30:00.000Z",
         *       "revision": 0
         *     }
         */
        Selection: {
            /** Format: uuid */
            selectionId: string;
            seatId: string;
            seatName: string;
            /** @enum {string} */
            nation: "England" | "Scotland" | "Wales" | "Northern Ireland";
            region: string;
            /** Format: uuid */
            timetableId: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** Format: date */
            start: string;
            phases: {
                /** @enum {string} */
                name: "freeze" | "nominations" | "applications" | "shortlisting" | "hustings-and-ballot" | "result";
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            }[];
            reason: string;
            retirementId?: string;
            retirementWithdrawnAfterFreeze?: {
                retirementId: string;
                /** Format: date */
                withdrawnOn: string;
                reason: string;
            };
            cancellation?: {
                reason: string;
                /** Format: date-time */
                cancelledAt: string;
            };
            /** Format: date-time */
            scheduledAt: string;
            /** Format: date-time */
            updatedAt: string;
            revision: number;
        };
        /**
         * @description A donation the fund received and levied, with what has been refunded.
         * @example {
         *       "donationId": "d-1",
         *       "amountPence": 250000,
         *       "receivedOn": "2026-03-02",
         *       "source": "donation",
         *       "recordedAt": "2026-03-02T10:00:01.000Z",
         *       "permissibilityCheck": "required",
         *       "levy": {
         *         "rate": {
         *           "basisPoints": 300,
         *           "effectiveFrom": "2026-01-01"
         *         },
         *         "exactPence": "7500.0000",
         *         "movementId": "levy-d-1"
         *       },
         *       "refundedPence": 0,
         *       "refundablePence": 250000,
         *       "levyReversedExactPence": "0.0000",
         *       "netLevyExactPence": "7500.0000",
         *       "refunds": []
         *     }
         */
        Donation: {
            donationId: string;
            /** @description Whole pence. */
            amountPence: number;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            source: "donation" | "membership" | "fundraising" | "affiliation" | "other";
            donor?: {
                name?: string;
                /** Format: email */
                email?: string;
                postcode?: string;
                reference?: string;
            };
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description `required` over £500: only a permissible donor may give it.
             * @enum {string}
             */
            permissibilityCheck: "required" | "not-required";
            levy: {
                rate: {
                    basisPoints: number;
                    /** Format: date */
                    effectiveFrom: string;
                } | null;
                exactPence: components["schemas"]["ExactPence"];
                movementId: string;
            };
            /** @description Whole pence. */
            refundedPence: number;
            /** @description Whole pence. */
            refundablePence: number;
            levyReversedExactPence: components["schemas"]["ExactPence"];
            netLevyExactPence: components["schemas"]["ExactPence"];
            refunds: {
                refundId: string;
                /** @description Whole pence. */
                amountPence: number;
                /** Format: date */
                refundedOn: string;
                levyReversedExactPence: components["schemas"]["ExactPence"];
                movementId: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
            }[];
        };
        /**
         * @description Pence to four decimal places (1/10,000 p), as a string so that no float rounds it.
         * @example 7500.0000
         */
        ExactPence: string;
        /**
         * @description The donation is queued as a `fund.donation-received` event; read it back once levied.
         * @example {
         *       "donationId": "d-1",
         *       "eventId": "1f0e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d",
         *       "status": "queued"
         *     }
         */
        QueuedDonation: {
            donationId: string;
            /** Format: uuid */
            eventId: string;
            /** @constant */
            status: "queued";
        };
        /**
         * @description The donations received in the range that match the filters, newest first.
         * @example {
         *       "from": "2026-03-01",
         *       "to": "2026-03-31",
         *       "items": [
         *         {
         *           "donationId": "d-1",
         *           "amountPence": 250000,
         *           "receivedOn": "2026-03-02",
         *           "source": "donation",
         *           "recordedAt": "2026-03-02T10:00:01.000Z",
         *           "permissibilityCheck": "required",
         *           "levyExactPence": "7500.0000",
         *           "refundedPence": 0,
         *           "netLevyExactPence": "7500.0000"
         *         }
         *       ],
         *       "next": null
         *     }
         */
        DonationPage: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: components["schemas"]["DonationSummary"][];
            /** @description Pass as `next` for the next page (with the same filters); null on the last page. A page may hold fewer items than `limit`, even none, and still have a next. */
            next: string | null;
        };
        /** @description A row of finance's list of donations: no donor details, which only the donation's own page shows. */
        DonationSummary: {
            donationId: string;
            /** @description Whole pence. */
            amountPence: number;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            source: "donation" | "membership" | "fundraising" | "affiliation" | "other";
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description `required` over £500: only a permissible donor may give it.
             * @enum {string}
             */
            permissibilityCheck: "required" | "not-required";
            levyExactPence: components["schemas"]["ExactPence"];
            /** @description Whole pence. */
            refundedPence: number;
            netLevyExactPence: components["schemas"]["ExactPence"];
        };
        /**
         * @description Rows queued to be levied, and the rows refused, by line of the file (the header is line 1).
         * @example {
         *       "enqueued": 2,
         *       "rejected": [
         *         {
         *           "line": 3,
         *           "errors": [
         *             {
         *               "field": "amountPence",
         *               "message": "a whole number of pence, more than 0"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        DonationImport: {
            enqueued: number;
            rejected: {
                line: number;
                errors: {
                    field: string;
                    message: string;
                }[];
            }[];
        };
        /**
         * @description A refund of part or all of a donation, with the levy it reversed.
         * @example {
         *       "refundId": "r-1",
         *       "amountPence": 50000,
         *       "refundedOn": "2026-03-10",
         *       "levyReversedExactPence": "1500.0000",
         *       "movementId": "reversal-r-1",
         *       "recordedAt": "2026-03-10T11:00:00.000Z",
         *       "recordedBy": "fin-1",
         *       "refundablePence": 200000
         *     }
         */
        Refund: {
            refundId: string;
            /** @description Whole pence. */
            amountPence: number;
            /** Format: date */
            refundedOn: string;
            levyReversedExactPence: components["schemas"]["ExactPence"];
            movementId: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** @description Whole pence. */
            refundablePence: number;
        };
        /** @description The rate added and every rate, earliest first. */
        SetLevyRate: {
            rate: components["schemas"]["LevyRate"];
            rates: components["schemas"]["LevyRate"][];
        };
        /**
         * @description A levy rate in basis points (300 is 3%), in force from `effectiveFrom` until the next one.
         * @example {
         *       "basisPoints": 300,
         *       "effectiveFrom": "2026-01-01",
         *       "setBy": "fin-1",
         *       "setAt": "2025-12-15T10:00:00.000Z"
         *     }
         */
        LevyRate: {
            basisPoints: number;
            /** Format: date */
            effectiveFrom: string;
            setBy: string;
            /** Format: date-time */
            setAt: string;
        };
        /** @description Every rate, earliest first, and the one in force today (`null` before the first). */
        LevyRates: {
            rates: components["schemas"]["LevyRate"][];
            inForce: components["schemas"]["LevyRate"] | null;
        };
        /**
         * @description What the fund raised, levied, committed, paid out and has available.
         * @example {
         *       "raisedPence": 250000,
         *       "refundedPence": 0,
         *       "leviedPence": 7500,
         *       "committedPence": 0,
         *       "disbursedPence": 0,
         *       "availablePence": 7500,
         *       "exact": {
         *         "leviedPence": "7500.0000",
         *         "availablePence": "7500.0000"
         *       },
         *       "levyRate": {
         *         "basisPoints": 300,
         *         "effectiveFrom": "2026-01-01"
         *       },
         *       "unleviedPence": 0,
         *       "donationCount": 1,
         *       "refundCount": 0
         *     }
         */
        FundBalance: {
            /** @description Whole pence. */
            raisedPence: number;
            /** @description Whole pence. */
            refundedPence: number;
            /** @description Whole pence. */
            leviedPence: number;
            /** @description Whole pence. */
            committedPence: number;
            /** @description Whole pence. */
            disbursedPence: number;
            /** @description Whole pence. */
            availablePence: number;
            exact: {
                leviedPence: components["schemas"]["ExactPence"];
                availablePence: components["schemas"]["ExactPence"];
            };
            levyRate: {
                basisPoints: number;
                /** Format: date */
                effectiveFrom: string;
            } | null;
            /** @description Whole pence. */
            unleviedPence: number;
            donationCount: number;
            refundCount: number;
            notice?: string;
        };
        /**
         * @description The movements effective in the range, by date then posting time.
         * @example {
         *       "from": "2026-03-01",
         *       "to": "2026-03-31",
         *       "movements": [
         *         {
         *           "movementId": "levy-d-1",
         *           "kind": "levy",
         *           "effectiveOn": "2026-03-02",
         *           "postedAt": "2026-03-02T10:00:01.000Z",
         *           "amountPence": 250000,
         *           "basisPoints": 300,
         *           "donationId": "d-1",
         *           "permissibilityCheck": "required",
         *           "entries": [
         *             {
         *               "account": "income",
         *               "exactPence": "-7500.0000"
         *             },
         *             {
         *               "account": "fund",
         *               "exactPence": "7500.0000"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        LedgerPage: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            movements: components["schemas"]["LedgerMovement"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description One immutable movement between two accounts, as its pair of entries. */
        LedgerMovement: {
            movementId: string;
            /** @enum {string} */
            kind: "levy" | "levy-reversal" | "commitment" | "release" | "disbursement";
            /** Format: date */
            effectiveOn: string;
            /** Format: date-time */
            postedAt: string;
            /** @description Whole pence. */
            amountPence: number;
            basisPoints?: number | null;
            donationId?: string;
            refundId?: string;
            applicationId?: string;
            disbursementId?: string;
            /** @enum {string} */
            permissibilityCheck?: "required" | "not-required";
            entries: {
                /** @enum {string} */
                account: "income" | "fund" | "committed" | "disbursed";
                exactPence: components["schemas"]["ExactPence"];
            }[];
        };
        /**
         * @description Whether the running totals are what the ledger entries add up to, and each difference if not.
         * @example {
         *       "checkedAt": "2026-04-01T08:00:00.000Z",
         *       "settled": true,
         *       "balanced": true,
         *       "movementCount": 1,
         *       "unbalancedMovementIds": [],
         *       "entriesSum": 0,
         *       "differences": []
         *     }
         */
        Reconciliation: {
            /** Format: date-time */
            checkedAt: string;
            /** @description `false` when the fund kept changing during the check. */
            settled: boolean;
            balanced: boolean;
            movementCount: number;
            unbalancedMovementIds: string[];
            entriesSum: number;
            differences: {
                /** @enum {string} */
                total: "donationCount" | "raisedPence" | "unleviedPence" | "refundCount" | "refundedPence" | "leviedUnits" | "levyReversedUnits" | "availableUnits" | "committedUnits" | "disbursedUnits" | "income-account";
                recorded: number;
                recomputed: number;
            }[];
        };
        /**
         * @description Seats whose selection is open now, by seat name.
         * @example {
         *       "search": "mon",
         *       "total": 1,
         *       "items": [
         *         {
         *           "selectionId": "3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d",
         *           "seatId": "W07000112",
         *           "seatName": "Ynys Môn",
         *           "region": "Wales",
         *           "opensOn": "2027-02-01",
         *           "closesOn": "2027-03-30"
         *         }
         *       ]
         *     }
         */
        OpenSelections: {
            /** @description The search, as given. */
            search: string;
            /** @description How many matched in all; at most 50 are listed. */
            total: number;
            items: components["schemas"]["OpenSelection"][];
        };
        OpenSelection: {
            selectionId: string;
            seatId: string;
            seatName: string;
            region: string;
            /**
             * Format: date
             * @description The first day of the selection; absent on views recorded before the fund kept it.
             */
            opensOn?: string;
            /**
             * Format: date
             * @description The last day of its result phase: applications close after it.
             */
            closesOn: string;
        };
        /**
         * @description An application as its applicant reads it: everything they gave and its story, with no staff ids.
         * @example {
         *       "applicationId": "01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f",
         *       "seatId": "E14001077",
         *       "seatName": "Bermondsey and Old Southwark",
         *       "groups": [
         *         "women"
         *       ],
         *       "purpose": "childcare",
         *       "amountRequestedPence": 5000,
         *       "status": "submitted",
         *       "submittedAt": "2027-02-03T12:00:00.000Z",
         *       "approvedPence": 0,
         *       "disbursedPence": 0,
         *       "remainingPence": 0,
         *       "statement": "I care for two children and campaign in the evenings.",
         *       "history": [
         *         {
         *           "at": "2027-02-03T12:00:00.000Z",
         *           "by": "you",
         *           "action": "submitted",
         *           "outcome": "awaiting-decision",
         *           "reason": null,
         *           "amountPence": null
         *         }
         *       ]
         *     }
         */
        CandidateApplication: {
            /** Format: uuid */
            applicationId: string;
            seatId: string;
            seatName: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            groups: ("women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe")[];
            /** @enum {string} */
            purpose: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
            /** @description Whole pence. */
            amountRequestedPence: number;
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "rejected" | "approved" | "disbursed" | "cancelled";
            /** Format: date-time */
            submittedAt: string;
            /** @description Whole pence. */
            approvedPence: number;
            /** @description Whole pence. */
            disbursedPence: number;
            /** @description Approved and not yet paid. */
            remainingPence: number;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            describedAs?: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            statement: string;
            history: components["schemas"]["ApplicationHistoryStep"][];
            erasure?: components["schemas"]["ErasureMarker"];
        };
        /** @description One step in the story of an application. */
        ApplicationHistoryStep: {
            /** Format: date-time */
            at: string;
            /** @description To the candidate: `you` or `Diversity Fund panel`; to finance: the staff id. */
            by: string;
            /** @enum {string} */
            action: "submitted" | "withdrawn" | "considered" | "disbursed" | "approval-cancelled";
            /** @enum {string} */
            outcome: "awaiting-decision" | "withdrawn" | "approved" | "rejected" | "paid" | "cancelled";
            reason: string | null;
            amountPence: number | null;
        };
        /** @description Present once the special category fields (groups, describedAs, statement) were erased: `retention-period-ended` by the schedule, `candidate-request` by the candidate, `request-on-behalf` by finance for a request made another way. */
        ErasureMarker: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            reason: "retention-period-ended" | "candidate-request" | "request-on-behalf";
        };
        /** @description A page of applications matching the filter. */
        ApplicationPage: {
            items: components["schemas"]["ApplicationSummary"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        /**
         * @description An application in finance’s list: no statement, no history.
         * @example {
         *       "applicationId": "01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f",
         *       "seatId": "E14001077",
         *       "seatName": "Bermondsey and Old Southwark",
         *       "groups": [
         *         "women"
         *       ],
         *       "purpose": "childcare",
         *       "amountRequestedPence": 5000,
         *       "status": "submitted",
         *       "submittedAt": "2027-02-03T12:00:00.000Z",
         *       "approvedPence": 0,
         *       "disbursedPence": 0,
         *       "remainingPence": 0,
         *       "candidateId": "cand-1",
         *       "region": "London",
         *       "releasedPence": 0
         *     }
         */
        ApplicationSummary: {
            /** Format: uuid */
            applicationId: string;
            seatId: string;
            seatName: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            groups: ("women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe")[];
            /** @enum {string} */
            purpose: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
            /** @description Whole pence. */
            amountRequestedPence: number;
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "rejected" | "approved" | "disbursed" | "cancelled";
            /** Format: date-time */
            submittedAt: string;
            /** @description Whole pence. */
            approvedPence: number;
            /** @description Whole pence. */
            disbursedPence: number;
            /** @description Approved and not yet paid. */
            remainingPence: number;
            candidateId: string;
            region: string;
            /** Format: date-time */
            decidedAt?: string;
            decidedBy?: string;
            /** @description Committed and never paid, returned to the fund when the approval was cancelled. */
            releasedPence: number;
        };
        /** @description The caller’s own applications. */
        MyApplications: {
            items: components["schemas"]["CandidateApplication"][];
        };
        /**
         * @description How many applications the filters select at each stage, and in all.
         * @example {
         *       "stages": {
         *         "awaiting-decision": 4,
         *         "awaiting-payment": 2,
         *         "part-paid": 1,
         *         "paid": 3,
         *         "rejected": 1,
         *         "withdrawn": 0,
         *         "approval-cancelled": 0
         *       },
         *       "total": 11
         *     }
         */
        ApplicationCounts: {
            stages: {
                "awaiting-decision": number;
                "awaiting-payment": number;
                "part-paid": number;
                paid: number;
                rejected: number;
                withdrawn: number;
                "approval-cancelled": number;
            };
            total: number;
        };
        /**
         * @description An application as finance reads it: who did what, and each disbursement.
         * @example {
         *       "applicationId": "01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f",
         *       "seatId": "E14001077",
         *       "seatName": "Bermondsey and Old Southwark",
         *       "groups": [
         *         "women"
         *       ],
         *       "purpose": "childcare",
         *       "amountRequestedPence": 5000,
         *       "status": "submitted",
         *       "submittedAt": "2027-02-03T12:00:00.000Z",
         *       "approvedPence": 0,
         *       "disbursedPence": 0,
         *       "remainingPence": 0,
         *       "candidateId": "cand-1",
         *       "region": "London",
         *       "releasedPence": 0,
         *       "selectionId": "3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d",
         *       "statement": "I care for two children and campaign in the evenings.",
         *       "disbursements": [],
         *       "history": [
         *         {
         *           "at": "2027-02-03T12:00:00.000Z",
         *           "by": "cand-1",
         *           "action": "submitted",
         *           "outcome": "awaiting-decision",
         *           "reason": null,
         *           "amountPence": null
         *         }
         *       ]
         *     }
         */
        FinanceApplication: {
            /** Format: uuid */
            applicationId: string;
            seatId: string;
            seatName: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            groups: ("women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe")[];
            /** @enum {string} */
            purpose: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
            /** @description Whole pence. */
            amountRequestedPence: number;
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "rejected" | "approved" | "disbursed" | "cancelled";
            /** Format: date-time */
            submittedAt: string;
            /** @description Whole pence. */
            approvedPence: number;
            /** @description Whole pence. */
            disbursedPence: number;
            /** @description Approved and not yet paid. */
            remainingPence: number;
            candidateId: string;
            region: string;
            /** Format: date-time */
            decidedAt?: string;
            decidedBy?: string;
            /** @description Committed and never paid, returned to the fund when the approval was cancelled. */
            releasedPence: number;
            selectionId: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            describedAs?: string;
            /** @description Special category data: shown only to the applicant and to finance; empty (or absent) once erased. */
            statement: string;
            disbursements: {
                disbursementId: string;
                /** @description Whole pence. */
                amountPence: number;
                /** Format: date */
                paidOn: string;
                /** Format: date-time */
                at: string;
                by: string;
                movementId: string;
            }[];
            history: components["schemas"]["ApplicationHistoryStep"][];
            erasure?: components["schemas"]["ErasureMarker"];
        };
        /**
         * @description Applications, approvals and payments by group, purpose and region; any cell under the threshold is `<5`.
         * @example {
         *       "generatedAt": "2027-06-01T08:00:00.000Z",
         *       "suppressionThreshold": 5,
         *       "total": {
         *         "applications": 12,
         *         "requestedPence": 60000,
         *         "approved": 7,
         *         "approvedPence": 31000,
         *         "paid": "<5",
         *         "disbursedPence": "<5"
         *       },
         *       "byGroup": [],
         *       "byPurpose": [],
         *       "byRegion": []
         *     }
         */
        DiversityReport: {
            /** Format: date-time */
            generatedAt: string;
            suppressionThreshold: number;
            total: {
                applications: components["schemas"]["ReportCell"];
                requestedPence: components["schemas"]["ReportCell"];
                approved: components["schemas"]["ReportCell"];
                approvedPence: components["schemas"]["ReportCell"];
                paid: components["schemas"]["ReportCell"];
                disbursedPence: components["schemas"]["ReportCell"];
            };
            byGroup: {
                /** @enum {string} */
                group: "women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe";
                applications: components["schemas"]["ReportCell"];
                requestedPence: components["schemas"]["ReportCell"];
                approved: components["schemas"]["ReportCell"];
                approvedPence: components["schemas"]["ReportCell"];
                paid: components["schemas"]["ReportCell"];
                disbursedPence: components["schemas"]["ReportCell"];
            }[];
            byPurpose: {
                /** @enum {string} */
                purpose: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
                applications: components["schemas"]["ReportCell"];
                requestedPence: components["schemas"]["ReportCell"];
                approved: components["schemas"]["ReportCell"];
                approvedPence: components["schemas"]["ReportCell"];
                paid: components["schemas"]["ReportCell"];
                disbursedPence: components["schemas"]["ReportCell"];
            }[];
            byRegion: {
                region: string;
                applications: components["schemas"]["ReportCell"];
                requestedPence: components["schemas"]["ReportCell"];
                approved: components["schemas"]["ReportCell"];
                approvedPence: components["schemas"]["ReportCell"];
                paid: components["schemas"]["ReportCell"];
                disbursedPence: components["schemas"]["ReportCell"];
            }[];
        };
        /** @description A figure, or `<5` where it counts, or sums over, fewer than five applications. */
        ReportCell: number | "<5";
        /**
         * @description Money levied, granted and paid out each month, and the available balance at each month’s end.
         * @example {
         *       "from": "2026-05",
         *       "to": "2026-06",
         *       "openingAvailablePence": 0,
         *       "months": [
         *         {
         *           "month": "2026-05",
         *           "leviedPence": 1800,
         *           "grantedPence": 0,
         *           "disbursedPence": 0,
         *           "availablePence": 1800
         *         },
         *         {
         *           "month": "2026-06",
         *           "leviedPence": -15,
         *           "grantedPence": 1000,
         *           "disbursedPence": 400,
         *           "availablePence": 785
         *         }
         *       ]
         *     }
         */
        FundMonthlyReport: {
            /**
             * @description A calendar month, `YYYY-MM`.
             * @example 2027-04
             */
            from: string;
            /**
             * @description A calendar month, `YYYY-MM`.
             * @example 2027-04
             */
            to: string;
            /** @description The available balance at the start of `from`. */
            openingAvailablePence: number;
            months: {
                /**
                 * @description A calendar month, `YYYY-MM`.
                 * @example 2027-04
                 */
                month: string;
                /** @description Levied on donations received in the month, less levies reversed by refunds in it (whole pence of the running net levy, so the months add up). */
                leviedPence: number;
                /** @description Committed by approvals in the month, less what cancellations in it returned. */
                grantedPence: number;
                /** @description Paid out in the month. */
                disbursedPence: number;
                /** @description The available balance at the month's end: the month before's, plus leviedPence, less grantedPence. */
                availablePence: number;
            }[];
        };
        /** @description How long the special category data of an application is kept, what erasure keeps, and how a candidate gets a copy or has it erased. */
        PrivacyPolicy: {
            retentionMonths: number;
            specialCategoryFields: ("groups" | "describedAs" | "statement")[];
            retentionStarts: string;
            kept: string[];
            backupRetentionDays: number;
            backups: string;
            rights: {
                erasure: string;
                copy: string;
            };
            summary: string;
        };
        /** @description The candidate’s applications, their histories and the special category data not yet erased. */
        MyDataExport: {
            /** Format: date-time */
            exportedAt: string;
            candidateId: string;
            applications: components["schemas"]["CandidateApplication"][];
            /** @description The erasures of their applications’ data. */
            erasures: {
                /** Format: uuid */
                erasureId: string;
                /** Format: uuid */
                applicationId: string;
                /** @constant */
                data: "special-category";
                fields: ("groups" | "describedAs" | "statement")[];
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                reason: "retention-period-ended" | "candidate-request" | "request-on-behalf";
                /** @description Whether the undecided application was withdrawn first. */
                withdrawn: boolean;
            }[];
        };
        /** @description A page of erasures, oldest first. */
        ErasurePage: {
            items: components["schemas"]["ErasureRecord"][];
            /** @description Pass as `next` for the following page. */
            next: string | null;
        };
        /** @description What kind of data was erased from which application, when, why and by whom. */
        ErasureRecord: {
            /** Format: uuid */
            erasureId: string;
            /** Format: uuid */
            applicationId: string;
            /** @constant */
            data: "special-category";
            fields: ("groups" | "describedAs" | "statement")[];
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            reason: "retention-period-ended" | "candidate-request" | "request-on-behalf";
            /** @description `schedule`, or the id of the candidate or finance user who erased. */
            by: string;
            /** @description Finance's note of the request it acted on. */
            note?: string;
            /** @description Whether the undecided application was withdrawn first. */
            withdrawn: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up (liveness only: no table is touched) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHealthPings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description The ping is stored; its event has yet to come back and mark it received */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description The body is not a valid ping */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/health/pings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller holds no platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthPingsByPingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping, received or not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.pingId: Invalid input",
                     *       "instance": "/health/pings/{pingId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "pingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller holds no platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such ping, or another caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document of every route of the platform */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusRetirements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mpId: string;
                    mpName: string;
                    seatId: string;
                    /** Format: date */
                    announcedOn: string;
                    /** Format: date */
                    expectedElectionOn?: string;
                };
            };
        };
        responses: {
            /** @description The retirement, with whether the MP is emeritus-eligible and why */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retirement"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/emeritus/retirements",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The MP has an active retirement already (its id in details.retirementId) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no expected election date to judge against: save the settings first */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusRetirementsByRetirementIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                retirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date */
                    withdrawnOn?: string;
                };
            };
        };
        responses: {
            /** @description The retirement, withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retirement"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.retirementId: Invalid input",
                     *       "instance": "/emeritus/retirements/{retirementId}/withdraw",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "retirementId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such retirement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The retirement is withdrawn already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The withdrawal is dated before the announcement */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusRetirementsByRetirementId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                retirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retirement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retirement"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.retirementId: Invalid input",
                     *       "instance": "/emeritus/retirements/{retirementId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "retirementId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such retirement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusRegister: {
        parameters: {
            query?: {
                status?: "active" | "withdrawn";
                seatId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retirements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Register"];
                };
            };
            /** @description An unknown or invalid filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.status: Invalid input",
                     *       "instance": "/emeritus/register",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "status"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members, each with the day they joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Committee"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusClauseVCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees: string[];
                };
            };
        };
        responses: {
            /** @description Every attendee with an active retirement, and why they may not attend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVCheck"];
                };
            };
            /** @description The list is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/emeritus/clause-v/check",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmeritusSettings"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmeritusSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    expectedElectionOn: string;
                    /** @default 12 */
                    earlyAnnouncementMonths?: number;
                };
            };
        };
        responses: {
            /** @description The settings, saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmeritusSettings"];
                };
            };
            /** @description The settings are invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/emeritus/settings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The settings kept changing while this change was saved; try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusHistory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the history, oldest first, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmeritusHistoryPage"];
                };
            };
            /** @description An invalid limit or a cursor this API did not hand out */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.limit: Invalid input",
                     *       "instance": "/emeritus/history",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "limit"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusConsultations: {
        parameters: {
            query?: {
                status?: "open" | "closed";
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consultations, with the cursor of the next (null on the last) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationPage"];
                };
            };
            /** @description An invalid filter or limit, or a cursor this list did not hand out */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.status: Invalid input",
                     *       "instance": "/emeritus/consultations",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "status"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusConsultations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    concerns: string;
                    questions: string[];
                    /** @default [] */
                    links?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    /** Format: date */
                    closesOn: string;
                };
            };
        };
        responses: {
            /** @description The consultation, open, with the committee as its consultees */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/emeritus/consultations",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusConsultationsByConsultationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.consultationId: Invalid input",
                     *       "instance": "/emeritus/consultations/{consultationId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "consultationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusConsultationsByConsultationIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation, closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.consultationId: Invalid input",
                     *       "instance": "/emeritus/consultations/{consultationId}/close",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "consultationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The consultation is closed already (details.closedAt) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusConsultationsByConsultationIdResponsesByMpId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
                mpId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response with every version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsulteeResponseHistory"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.consultationId: Invalid input",
                     *       "instance": "/emeritus/consultations/{consultationId}/responses/{mpId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "consultationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation, or no response from this MP */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmeritusConsultationsByConsultationIdResponsesByMpId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
                mpId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description The response, amended, with every version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsulteeResponseHistory"];
                };
            };
            /** @description The response, recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsulteeResponseHistory"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.consultationId: Invalid input",
                     *       "instance": "/emeritus/consultations/{consultationId}/responses/{mpId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "consultationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The consultation is closed, or the response has as many versions as are kept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The MP is not a consultee of this consultation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusConsultationsByConsultationIdResponsesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per consultee, with their latest response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.consultationId: Invalid input",
                     *       "instance": "/emeritus/consultations/{consultationId}/responses.csv",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "consultationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusClauseVMeetings: {
        parameters: {
            query?: {
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings, with the cursor of the next (null on the last) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVMeetingPage"];
                };
            };
            /** @description An invalid limit, or a cursor this list did not hand out */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.limit: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "limit"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusClauseVMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: date */
                    heldOn: string;
                    place?: string;
                    /** Format: uri */
                    link?: string;
                };
            };
        };
        responses: {
            /** @description The meeting, with no attendees yet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVMeeting"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusClauseVMeetingsByMeetingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVMeeting"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.meetingId: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings/{meetingId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "meetingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusClauseVMeetingsByMeetingIdAttendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mpId: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The attendee, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVAttendee"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.meetingId: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings/{meetingId}/attendees",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "meetingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: the MP has an active retirement (details.retirementId and details.reason), is on the list already, the list is full, or the meeting has been held */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmeritusClauseVMeetingsByMeetingIdAttendeesByMpId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                mpId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting, without the attendee */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseVMeeting"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.meetingId: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "meetingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting, or the MP is not on its list */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting has been held; its list can no longer change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusClauseVMeetingsByMeetingIdAttendeesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per attendee, with any reason they must be removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.meetingId: Invalid input",
                     *       "instance": "/emeritus/clause-v/meetings/{meetingId}/attendees.csv",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "meetingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each queue with up to 100 of its messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterQueues"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmeritusDeadLettersByQueueByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
                /** @description The message's id on the dead-letter queue, or the id of the event it holds. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/emeritus/dead-letters/{queue}/{messageId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service, or no such message on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEmeritusDeadLettersByQueueRedrive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedriveRequest"];
            };
        };
        responses: {
            /** @description What was moved, and the ids not found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/emeritus/dead-letters/{queue}/redrive",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The queue cannot be replayed (a relay's on-failure queue); the detail says what to do instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSelectionsSeatsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What was created, updated, unchanged and rejected (each rejected row with its line and reason) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatImportReport"];
                };
            };
            /** @description No body, or a header that cannot be read: nothing was imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/selections/seats/import",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionsSettings"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSelectionsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    party: string;
                    contestedNations: ("England" | "Scotland" | "Wales" | "Northern Ireland")[];
                    uncontested: {
                        seatId: string;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The settings, saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionsSettings"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/selections/settings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The settings changed (an import added a seat) since they were read; try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsSeats: {
        parameters: {
            query?: {
                region?: string;
                nation?: "England" | "Scotland" | "Wales" | "Northern Ireland";
                held?: "true" | "false";
                needsSelection?: "true" | "false";
                /** @description Part of the name or GSS code, ignoring case and accents */
                search?: string;
                sort?: "gssCode" | "name" | "region" | "majority" | "electorate";
                direction?: "ascending" | "descending";
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of seats, with the cursor of the next (null on the last) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatPage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.region: Invalid input",
                     *       "instance": "/selections/seats",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "region"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsSeatsBySeatId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seat */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seat"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.seatId: Invalid input",
                     *       "instance": "/selections/seats/{seatId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "seatId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such seat */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSelectionsSeatsBySeatId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    island?: boolean;
                    boundaryReviewUntil?: string | null;
                    priority?: 1 | 2 | 3;
                    /** @enum {string} */
                    shortlist?: "open" | "all-women";
                    /** @description The seat's `flagsRevision` as read: the change is refused (409) if the flags have changed since */
                    expectedRevision?: number;
                };
            };
        };
        responses: {
            /** @description The seat, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seat"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.seatId: Invalid input",
                     *       "instance": "/selections/seats/{seatId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "seatId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such seat */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The flags changed since `expectedRevision` (`details.currentRevision`): read the seat again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSelectionsTimetables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    expectedElection: string;
                    completeMonthsBefore: number;
                    weeklyCapacity: number;
                    regionalWeeklyCapacity?: number;
                    /** @default [] */
                    blackouts?: {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        reason: string;
                    }[];
                    phaseDays?: {
                        nominations?: number;
                        applications?: number;
                        shortlisting?: number;
                        hustingsAndBallot?: number;
                    };
                };
            };
        };
        responses: {
            /** @description The draft, with every seat placed or the reason it could not be */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timetable"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/selections/timetables",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsTimetablesByTimetableId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timetable"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsTimetablesPublished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published timetable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timetable"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No timetable has been published yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSelectionsTimetablesByTimetableIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable, published, with how many selections were scheduled and which seats were skipped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timetable"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}/publish",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The timetable is published already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsTimetablesByTimetableIdCalendarCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable, one row per phase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}/calendar.csv",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsTimetablesByTimetableIdCalendarIcs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable, one event per phase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}/calendar.ics",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsTimetablesByTimetableIdCalendarSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSubscriptionList"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}/calendar-subscriptions",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSelectionsTimetablesByTimetableIdCalendarSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                timetableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription and its link, which holds the only copy of the link's key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewCalendarSubscription"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.timetableId: Invalid input",
                     *       "instance": "/selections/timetables/{timetableId}/calendar-subscriptions",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "timetableId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such timetable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The timetable has as many links as it may (200, revoked ones included) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSelectionsCalendarSubscriptionsBySubscriptionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSubscription"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.subscriptionId: Invalid input",
                     *       "instance": "/selections/calendar-subscriptions/{subscriptionId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "subscriptionId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsCalendarFeedsBySubscriptionIdCalendarIcs: {
        parameters: {
            query?: {
                key?: string;
            };
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable as iCalendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is invalid: every issue is listed, each at its path; nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.subscriptionId: Invalid input",
                     *       "instance": "/selections/calendar-feeds/{subscriptionId}/calendar.ics",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "subscriptionId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No such link, a wrong or missing key, or a revoked link: all alike */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsSelections: {
        parameters: {
            query?: {
                seatId?: string;
                region?: string;
                status?: "scheduled" | "cancelled";
                activeOn?: string;
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of selections, with the cursor of the next (null on the last) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionPage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.seatId: Invalid input",
                     *       "instance": "/selections/selections",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "seatId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsSelectionsBySelectionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                selectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Selection"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.selectionId: Invalid input",
                     *       "instance": "/selections/selections/{selectionId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "selectionId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such selection */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSelectionsSelectionsBySelectionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                selectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    start: string;
                    expectedRevision?: number;
                };
            };
        };
        responses: {
            /** @description The selection, moved; announced again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Selection"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.selectionId: Invalid input",
                     *       "instance": "/selections/selections/{selectionId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "selectionId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such selection */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The move would break a rule of the timetable (each is named in `details.broken`), or the selection changed since `expectedRevision` (`details.currentRevision`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each queue with up to 100 of its messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterQueues"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelectionsDeadLettersByQueueByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
                /** @description The message's id on the dead-letter queue, or the id of the event it holds. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/selections/dead-letters/{queue}/{messageId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service, or no such message on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSelectionsDeadLettersByQueueRedrive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedriveRequest"];
            };
        };
        responses: {
            /** @description What was moved, and the ids not found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/selections/dead-letters/{queue}/redrive",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in HQ staff */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The queue cannot be replayed (a relay's on-failure queue); the detail says what to do instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundDonations: {
        parameters: {
            query: {
                from: string;
                to: string;
                source?: "donation" | "membership" | "fundraising" | "affiliation" | "other";
                needsPermissibilityCheck?: "true" | "false";
                /** @description Donations whose id starts with this, exactly (case and all). */
                donationId?: string;
                limit?: string;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of donations, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationPage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.from: Invalid input",
                     *       "instance": "/fund/donations",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "from"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundDonations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    donationId: string;
                    amountPence: number;
                    /** Format: date */
                    receivedOn: string;
                    /** @enum {string} */
                    source: "donation" | "membership" | "fundraising" | "affiliation" | "other";
                    donor?: {
                        name?: string;
                        /** Format: email */
                        email?: string;
                        postcode?: string;
                        reference?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The same donation was recorded before: it as recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Donation"];
                };
            };
            /** @description The donation is queued to be levied */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedDonation"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/fund/donations",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A donation with this id was recorded with another amount, date or source */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundDonationsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description The good rows are queued to be levied; the bad ones are listed with their lines */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationImport"];
                };
            };
            /** @description No body, or no row of it can be imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/fund/donations/import",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundDonationsByDonationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                donationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The donation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Donation"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.donationId: Invalid input",
                     *       "instance": "/fund/donations/{donationId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "donationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such donation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundDonationsByDonationIdRefunds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                donationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountPence: number;
                    /** Format: date */
                    refundedOn?: string;
                    refundId?: string;
                };
            };
        };
        responses: {
            /** @description This refund was recorded before: it as recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description The refund, with what is still refundable */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.donationId: Invalid input",
                     *       "instance": "/fund/donations/{donationId}/refunds",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "donationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such donation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than is left of the donation, or this refund id with another amount or date */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refund is dated before the donation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundLevyRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevyRates"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putFundLevyRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basisPoints: number;
                    /** Format: date */
                    effectiveFrom: string;
                };
            };
        };
        responses: {
            /** @description The same rate from the same date is set already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetLevyRate"];
                };
            };
            /** @description The rate, added, with the whole history */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetLevyRate"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/fund/levy-rates",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another rate is set for that date, a donation on or after it is levied already, or the fund has 100 rates already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundBalance"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundLedger: {
        parameters: {
            query: {
                from: string;
                to: string;
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of movements, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.from: Invalid input",
                     *       "instance": "/fund/ledger",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "from"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundStatementCsv: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.from: Invalid input",
                     *       "instance": "/fund/statement.csv",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "from"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The range holds too many movements for one file: ask for a shorter one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundReconciliation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each total both ways, and any difference */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundOpenSelections: {
        parameters: {
            query: {
                search: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 50 open selections whose seat name holds every word searched for, by name, with how many matched */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenSelections"];
                };
            };
            /** @description No search, or one longer than 100 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.search: Invalid input",
                     *       "instance": "/fund/open-selections",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "search"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is neither a candidate nor finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundApplications: {
        parameters: {
            query?: {
                status?: "submitted" | "withdrawn" | "rejected" | "approved" | "disbursed" | "cancelled";
                stage?: components["schemas"]["ApplicationStage"];
                seatId?: string;
                region?: string;
                group?: "women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe";
                purpose?: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications (groups, not statements), with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.status: Invalid input",
                     *       "instance": "/fund/applications",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "status"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    seatId: string;
                    groups: ("women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe")[];
                    describedAs?: string;
                    /** @enum {string} */
                    purpose: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
                    amountRequestedPence: number;
                    statement: string;
                };
            };
        };
        responses: {
            /** @description The application, as its candidate sees it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/fund/applications",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not a candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The seat has no open selection, or the candidate has made 50 applications already; the reason is given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundApplicationsMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyApplications"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not a candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundApplicationsCounts: {
        parameters: {
            query?: {
                seatId?: string;
                region?: string;
                group?: "women" | "black-asian-minority-ethnic" | "disabled" | "working-class-low-income" | "lgbt-plus" | "prefer-to-describe";
                purpose?: "childcare" | "travel" | "lost-earnings" | "accessibility" | "training" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many applications are at each stage, and in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCounts"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.seatId: Invalid input",
                     *       "instance": "/fund/applications/counts",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "seatId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundApplicationsByApplicationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, in the caller's view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"] | components["schemas"]["CandidateApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is neither a candidate nor in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or another candidate's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplicationsByApplicationIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The application, withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}/withdraw",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not a candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or another candidate's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is decided already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplicationsByApplicationIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                    amountPence: number;
                } | {
                    /** @constant */
                    decision: "reject";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The application, decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}/decision",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance, or is the applicant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Decided already, or the fund cannot cover the amount (details.availablePence) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than was requested */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplicationsByApplicationIdDisbursements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountPence: number;
                    disbursementId?: string;
                };
            };
        };
        responses: {
            /** @description This payment was made before: the application as it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"];
                };
            };
            /** @description The application, paid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}/disbursements",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance, or approved this grant (four eyes) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not approved, more than is committed, this payment id with another amount, or paid in 50 disbursements already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplicationsByApplicationIdCancelApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The application, its approval cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}/cancel-approval",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not approved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundReportsDiversity: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityReport"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.from: Invalid input",
                     *       "instance": "/fund/reports/diversity",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "from"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundReportsMonthly: {
        parameters: {
            query: {
                /** @description A calendar month, `YYYY-MM`. */
                from: string;
                /** @description A calendar month, `YYYY-MM`. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The months, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundMonthlyReport"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.from: Invalid input",
                     *       "instance": "/fund/reports/monthly",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "from"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundPrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyPolicy"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundApplicationsByApplicationIdErase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    withdraw?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The application, erased (or erased already), in the caller's view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceApplication"] | components["schemas"]["CandidateApplication"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.applicationId: Invalid input",
                     *       "instance": "/fund/applications/{applicationId}/erase",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "applicationId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is neither a candidate nor in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or another candidate's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is undecided: ask again with withdraw: true to withdraw it first (details.withdrawRequired) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Finance gave no reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundApplicationsMineExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Their applications, histories and the special category data not yet erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDataExport"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not a candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundErasures: {
        parameters: {
            query?: {
                limit?: number;
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of erasures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasurePage"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: query.limit: Invalid input",
                     *       "instance": "/fund/erasures",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "query",
                     *             "limit"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each queue with up to 100 of its messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterQueues"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundDeadLettersByQueueByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
                /** @description The message's id on the dead-letter queue, or the id of the event it holds. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/fund/dead-letters/{queue}/{messageId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service, or no such message on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundDeadLettersByQueueRedrive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`. */
                queue: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedriveRequest"];
            };
        };
        responses: {
            /** @description What was moved, and the ids not found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            /** @description The request is invalid; every problem is listed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.queue: Invalid input",
                     *       "instance": "/fund/dead-letters/{queue}/redrive",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "queue"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not in finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue of this service */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The queue cannot be replayed (a relay's on-failure queue); the detail says what to do instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
