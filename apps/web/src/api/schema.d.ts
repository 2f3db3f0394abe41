// Written by `npm run api:types` from the API's OpenAPI document: change the DTOs and run it again.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_list"];
        put?: never;
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UnitsController_update"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/directives/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectivesController_parse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectivesController_list"];
        put?: never;
        post: operations["DirectivesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectivesController_get"];
        put?: never;
        post?: never;
        delete: operations["DirectivesController_remove"];
        options?: never;
        head?: never;
        patch: operations["DirectivesController_update"];
        trace?: never;
    };
    "/api/directives/{id}/header": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DirectivesController_correctHeader"];
        trace?: never;
    };
    "/api/directives/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectivesController_addTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectivesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TasksController_correct"];
        trace?: never;
    };
    "/api/tasks/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_returnWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/series/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_stopSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_listExtensionRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extension-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatsController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CalendarController_addDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CalendarController_removeDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CalendarController_importYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/tasks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/tasks.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminder-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_policy"];
        put: operations["RemindersController_savePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RemindersController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail-catcher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_caught"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail-catcher/{id}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_caughtHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_metricsText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QueuesController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QueuesController_session"];
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
        PageInfo: {
            /** @description How many items match, on every page */
            total: number;
            page: number;
            pageSize: number;
        };
        AuditActor: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        AuditEntryView: {
            id: string;
            /** @description e.g. task.accept, unit.update, calendar.import */
            action: string;
            entity: string;
            entityId: string | null;
            actor: components["schemas"]["AuditActor"] | null;
            before: Record<string, never> | null;
            after: Record<string, never> | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        UnitKind: "committee" | "office" | "department" | "public_service" | "preschool" | "primary_school" | "lower_secondary_school" | "commune" | "other";
        UnitView: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
            /** Format: uuid */
            parentId: string | null;
            aliases: string[];
            email: string | null;
            /** Format: uuid */
            headUserId: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateUnitDto: {
            code: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
            /** Format: uuid */
            parentId?: string | null;
            /** @description Other names the notices use for the unit */
            aliases?: string[];
            /** Format: email */
            email?: string | null;
            /** Format: uuid */
            headUserId?: string | null;
        };
        UpdateUnitDto: {
            code?: string;
            name?: string;
            kind?: components["schemas"]["UnitKind"];
            /** Format: uuid */
            parentId?: string | null;
            /** @description Other names the notices use for the unit */
            aliases?: string[];
            /** Format: email */
            email?: string | null;
            /** Format: uuid */
            headUserId?: string | null;
            active?: boolean;
        };
        /** @enum {string} */
        Role: "admin" | "clerk" | "leader" | "unit_head" | "unit_staff";
        UserView: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description Chức danh, e.g. Phó Chủ tịch UBND huyện */
            title: string | null;
            /** Format: uuid */
            unitId: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateUserDto: {
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description Chức danh, e.g. Phó Chủ tịch UBND huyện */
            title?: string | null;
            /**
             * Format: uuid
             * @description Required for unit_head and unit_staff
             */
            unitId?: string | null;
            password: string;
        };
        UpdateUserDto: {
            name?: string;
            role?: components["schemas"]["Role"];
            /** @description Chức danh, e.g. Phó Chủ tịch UBND huyện */
            title?: string | null;
            /** Format: uuid */
            unitId?: string | null;
            active?: boolean;
            /** @description A new password ends the account's sign-ins */
            password?: string;
        };
        ParseRequestDto: {
            /** @description The notice as pasted */
            text: string;
            /** Format: date */
            date?: string;
        };
        TextRange: {
            start: number;
            end: number;
        };
        DraftRanges: {
            number?: components["schemas"]["TextRange"];
            date?: components["schemas"]["TextRange"];
            title?: components["schemas"]["TextRange"];
            signer?: components["schemas"]["TextRange"];
        };
        UnitSuggestion: {
            /** Format: uuid */
            unitId: string;
            name: string;
        };
        CoordinatingRef: {
            text: string;
            /**
             * Format: uuid
             * @description null: not resolved to a unit
             */
            unitId: string | null;
        };
        /** @enum {string} */
        Recurrence: "weekly" | "monthly" | "quarterly" | "yearly";
        DraftTaskView: {
            text: string;
            /** Format: date */
            deadline: string | null;
            deadlineText: string | null;
            coordinating: components["schemas"]["CoordinatingRef"][];
            recurrence: components["schemas"]["Recurrence"] | null;
            recurrenceText: string | null;
            /** @description A recurring duty's due day in each period, when set */
            recurrenceDay?: number | null;
            /** @description A yearly duty's month of the due day, when set */
            recurrenceMonth?: number | null;
            /**
             * Format: date
             * @description A recurring duty's last day, when set
             */
            recurrenceEndsOn?: string | null;
            /** @description Absent from a unit's part */
            range?: components["schemas"]["TextRange"] | null;
            /** @description Parse only */
            deadlineRange?: components["schemas"]["TextRange"];
            /** @description Parse only: how sure the parser is (0 to 1) */
            confidence?: number;
            /** @description Parse only: why the parser doubts it */
            reasons?: string[];
        };
        SectionProgress: {
            /** @description Tasks not cancelled */
            total: number;
            done: number;
            overdue: number;
            units: number;
            unitsDone: number;
        };
        DraftAssignmentView: {
            unitText: string;
            unitIds: string[];
            group: boolean;
            /** @description Parse only: units the heading may mean */
            suggestions?: components["schemas"]["UnitSuggestion"][];
            coordinating: components["schemas"]["CoordinatingRef"][];
            /** @description Absent from a unit's part */
            range?: components["schemas"]["TextRange"] | null;
            tasks: components["schemas"]["DraftTaskView"][];
            /** @description Parse only: how sure the parser is (0 to 1) */
            confidence?: number;
            /** @description Parse only: why the parser doubts it */
            reasons?: string[];
            /** @description A published directive only */
            progress?: components["schemas"]["SectionProgress"];
        };
        DirectiveDraftView: {
            number: string | null;
            symbol: string | null;
            docType: string | null;
            issuer: string | null;
            /** Format: date */
            date: string | null;
            /** @description Absent from a unit's part */
            dateText?: string | null;
            title: string | null;
            signer: string | null;
            /** @description Absent from a unit's part */
            recipients?: string[];
            /** @description Parse only */
            ranges?: components["schemas"]["DraftRanges"];
            assignments: components["schemas"]["DraftAssignmentView"][];
            /** @description The notice's text; absent from a unit's part */
            sourceText?: string | null;
        };
        SourceRangeDto: {
            start: number;
            /** @description Exclusive */
            end: number;
        };
        DraftRangesDto: {
            number?: components["schemas"]["SourceRangeDto"] | null;
            date?: components["schemas"]["SourceRangeDto"] | null;
            title?: components["schemas"]["SourceRangeDto"] | null;
            signer?: components["schemas"]["SourceRangeDto"] | null;
        };
        UnitSuggestionDto: {
            /** Format: uuid */
            unitId: string;
            name: string;
        };
        CoordinatingDto: {
            text: string;
            /**
             * Format: uuid
             * @description null: not resolved to a unit
             */
            unitId?: string | null;
        };
        TaskDraftDto: {
            confidence?: number;
            reasons?: string[];
            text: string;
            /** Format: date */
            deadline?: string | null;
            deadlineText?: string | null;
            coordinating?: components["schemas"]["CoordinatingDto"][];
            recurrence?: components["schemas"]["Recurrence"] | null;
            recurrenceText?: string | null;
            recurrenceDay?: number | null;
            recurrenceMonth?: number | null;
            /** Format: date */
            recurrenceEndsOn?: string | null;
            range?: components["schemas"]["SourceRangeDto"] | null;
            deadlineRange?: components["schemas"]["SourceRangeDto"] | null;
        };
        AssignmentDraftDto: {
            confidence?: number;
            reasons?: string[];
            unitText: string;
            unitIds: string[];
            /** @description A group of units (every school ...): each member gets its own task */
            group?: boolean;
            suggestions?: components["schemas"]["UnitSuggestionDto"][];
            coordinating?: components["schemas"]["CoordinatingDto"][];
            range?: components["schemas"]["SourceRangeDto"] | null;
            tasks: components["schemas"]["TaskDraftDto"][];
        };
        DirectiveDraftDto: {
            number?: string | null;
            symbol?: string | null;
            docType?: string | null;
            issuer?: string | null;
            /** Format: date */
            date?: string | null;
            dateText?: string | null;
            title?: string | null;
            signer?: string | null;
            recipients?: string[];
            ranges?: components["schemas"]["DraftRangesDto"];
            assignments: components["schemas"]["AssignmentDraftDto"][];
            sourceText?: string | null;
            /** Format: uuid */
            leaderInChargeId?: string | null;
            /** Format: uuid */
            clerkId?: string | null;
        };
        /** @enum {string} */
        DirectiveStatus: "draft" | "published";
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DirectiveProgress: {
            total: number;
            done: number;
            overdue: number;
        };
        DirectivePermissions: {
            /** @description May correct the published directive */
            correct: boolean;
        };
        DirectiveView: {
            number: string | null;
            symbol: string | null;
            docType: string | null;
            issuer: string | null;
            /** Format: date */
            date: string | null;
            /** @description Absent from a unit's part */
            dateText?: string | null;
            title: string | null;
            signer: string | null;
            /** @description Absent from a unit's part */
            recipients?: string[];
            /** @description Parse only */
            ranges?: components["schemas"]["DraftRanges"];
            assignments: components["schemas"]["DraftAssignmentView"][];
            /** @description The notice's text; absent from a unit's part */
            sourceText?: string | null;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["DirectiveStatus"];
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Absent from a unit's part */
            version?: number;
            /**
             * Format: date-time
             * @description Absent from a unit's part
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Absent from a unit's part
             */
            updatedAt?: string;
            /**
             * Format: uuid
             * @description Absent from a unit's part
             */
            leaderInChargeId?: string | null;
            /**
             * Format: uuid
             * @description Absent from a unit's part
             */
            clerkId?: string | null;
            leaderInCharge: components["schemas"]["PersonRef"] | null;
            clerk: components["schemas"]["PersonRef"] | null;
            /** @description A published directive's tasks counted, those the reader may see */
            progress?: components["schemas"]["DirectiveProgress"];
            /** @description A published directive, read whole */
            permissions?: components["schemas"]["DirectivePermissions"];
        };
        DirectiveSummary: {
            /** Format: uuid */
            id: string;
            number: string | null;
            symbol: string | null;
            docType: string | null;
            title: string | null;
            /** Format: date */
            date: string | null;
            status: components["schemas"]["DirectiveStatus"];
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Its tasks but the cancelled ones */
            taskCount: number;
            doneCount: number;
            overdueCount: number;
        };
        DirectiveHeaderCorrectionDto: {
            number?: string | null;
            symbol?: string | null;
            docType?: string | null;
            /** Format: date */
            date?: string | null;
            title?: string | null;
            signer?: string | null;
            /**
             * Format: uuid
             * @description Another leader in charge (an active leader), who takes the open tasks and is told by mail; null: none, the chairman decides
             */
            leaderInChargeId?: string | null;
            reason?: string;
            /** @description The version the person saw; 409 when the directive has moved on */
            version?: number;
        };
        NewTaskDto: {
            text: string;
            /** Format: uuid */
            leadUnitId: string;
            coordinatingUnitIds?: string[];
            /**
             * Format: date
             * @description null or left out: a standing task
             */
            deadline?: string | null;
            deadlineText?: string;
            recurrence?: components["schemas"]["Recurrence"] | null;
            recurrenceText?: string | null;
            /** @description The due day in each period, as in a draft's task; absent: the period's last day */
            recurrenceDay?: number | null;
            /** @description A yearly duty's month of the due day; absent: December */
            recurrenceMonth?: number | null;
            /**
             * Format: date
             * @description The duty's last day; absent: until stopped
             */
            recurrenceEndsOn?: string | null;
            reason?: string;
            /** @description The version the person saw; 409 when the directive has moved on */
            version?: number;
        };
        TaskAdded: {
            /** Format: uuid */
            taskId: string;
            /** @description The directive's version after the addition */
            version: number;
        };
        DirectivePublished: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "published";
            /** @description The tasks the publication made */
            taskCount: number;
        };
        /** @enum {string} */
        TaskStatus: "assigned" | "in_progress" | "submitted" | "done" | "cancelled";
        /** @enum {string} */
        Timeliness: "on_track" | "due_soon" | "overdue" | "done_on_time" | "done_late" | "no_deadline";
        UnitRef: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        TaskDirectiveRef: {
            /** Format: uuid */
            id: string;
            docType: string | null;
            number: string | null;
            symbol: string | null;
            title: string | null;
            /** Format: date */
            date: string | null;
        };
        TaskView: {
            /** Format: uuid */
            id: string;
            text: string;
            status: components["schemas"]["TaskStatus"];
            timeliness: components["schemas"]["Timeliness"] | null;
            progress: number;
            /**
             * Format: date
             * @description The deadline in force: the stated date, or the next working day when that is a day off
             */
            deadline: string | null;
            /**
             * Format: date
             * @description The date the document (or the extension granted) gives
             */
            statedDeadline: string | null;
            /** Format: date */
            originalDeadline: string | null;
            deadlineText: string | null;
            recurrence: components["schemas"]["Recurrence"] | null;
            /**
             * Format: uuid
             * @description A recurring duty's task: its series
             */
            seriesId: string | null;
            /**
             * Format: date
             * @description A recurring duty's task: the first day of its period
             */
            periodStart: string | null;
            /**
             * Format: date
             * @description A recurring duty's task: the last day of its period
             */
            periodEnd: string | null;
            extensionCount: number;
            extendedWhileOverdue: boolean;
            leadUnit: components["schemas"]["UnitRef"];
            coordinatingUnits: components["schemas"]["UnitRef"][];
            directive: components["schemas"]["TaskDirectiveRef"];
            leaderInCharge: components["schemas"]["PersonRef"] | null;
            clerk: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        TaskUpdateKind: "progress" | "status" | "note" | "correction";
        TaskUpdateAuthor: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description A leader's note is a direction (ý kiến chỉ đạo) */
            role: components["schemas"]["Role"];
        };
        TaskAttachmentView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The progress report, submission or note it came with
             */
            updateId: string;
            name: string;
            contentType: string;
            /** @description Bytes */
            size: number;
            sha256: string;
            uploadedBy: components["schemas"]["PersonRef"];
            /** Format: date-time */
            createdAt: string;
        };
        TaskUpdateView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TaskUpdateKind"];
            progress: number | null;
            note: string | null;
            fromStatus: components["schemas"]["TaskStatus"] | null;
            toStatus: components["schemas"]["TaskStatus"] | null;
            author: components["schemas"]["TaskUpdateAuthor"] | null;
            /** Format: date-time */
            createdAt: string;
            attachments: components["schemas"]["TaskAttachmentView"][];
        };
        /** @enum {string} */
        ExtensionStatus: "pending" | "approved" | "rejected";
        ExtensionRequestView: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            requestedDeadline: string;
            /**
             * Format: date
             * @description The deadline granted on approval, which the leader may set other than the one asked for
             */
            grantedDeadline: string | null;
            /** Format: date */
            previousDeadline: string | null;
            reason: string;
            status: components["schemas"]["ExtensionStatus"];
            requestedBy: components["schemas"]["PersonRef"] | null;
            decidedBy: components["schemas"]["PersonRef"] | null;
            decisionNote: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        DeadlineChangeView: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            previousDeadline: string | null;
            /** Format: date */
            newDeadline: string | null;
            reason: string | null;
            changedBy: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        NotificationKind: "digest" | "task_published" | "extension_requested" | "extension_approved" | "extension_rejected" | "work_submitted" | "work_accepted" | "work_returned" | "weekly_summary" | "task_corrected" | "leader_comment";
        /** @enum {string} */
        NotificationStatus: "pending" | "sending" | "sent" | "failed" | "skipped";
        TaskNotificationView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** @description The reminder step, e.g. "before-5", "due" */
            step: string;
            /** @description Whom the reminder plan writes to: unit, clerk, leader, chairman */
            track: string;
            /** @description Null for a unit's people, who see the recipient's name and role only; else where it went, or where its role led when planned (null: nobody held it) */
            recipientEmail: string | null;
            recipientName: string | null;
            /** @description The recipient's role now; null for a mailbox that is no one's account */
            recipientRole: components["schemas"]["Role"] | null;
            status: components["schemas"]["NotificationStatus"];
            /** @description Why it was not sent for this task (nobody holds the role, the task finished first ...), when known */
            reason: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SeriesInstanceView: {
            /** Format: uuid */
            taskId: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            deadline: string | null;
            status: components["schemas"]["TaskStatus"];
            timeliness: components["schemas"]["Timeliness"] | null;
            /** Format: date-time */
            submittedAt: string | null;
        };
        TaskSeriesView: {
            /** Format: uuid */
            id: string;
            recurrence: components["schemas"]["Recurrence"];
            /** @description The due day in each period: of the week (1 = Monday) for a weekly duty, else of the period's last month; null: its last day */
            dueDay: number | null;
            /** @description A yearly duty's month of the due day (1 to 12); null: December, or not yearly */
            dueMonth: number | null;
            /**
             * Format: date
             * @description The duty's last day; null: until stopped
             */
            endsOn: string | null;
            /**
             * Format: date
             * @description The first day of the next period to be made; null once the series has reached its end
             */
            nextPeriodStart: string | null;
            /** Format: date-time */
            stoppedAt: string | null;
            stoppedBy: components["schemas"]["PersonRef"] | null;
            instances: components["schemas"]["SeriesInstanceView"][];
        };
        TaskPermissionsView: {
            report: boolean;
            submit: boolean;
            requestExtension: boolean;
            decideExtension: boolean;
            accept: boolean;
            return: boolean;
            cancel: boolean;
            attach: boolean;
            /** @description Correct the published task (text, lead unit, deadline): the office and the leader in charge */
            correct: boolean;
            withdraw: boolean;
            /** @description Write a comment: a leader's direction, a unit's answer */
            comment: boolean;
            /** @description Stop the recurring duty this task is a period of */
            stopSeries: boolean;
        };
        TaskDetailView: {
            /** Format: uuid */
            id: string;
            text: string;
            status: components["schemas"]["TaskStatus"];
            timeliness: components["schemas"]["Timeliness"] | null;
            progress: number;
            /**
             * Format: date
             * @description The deadline in force: the stated date, or the next working day when that is a day off
             */
            deadline: string | null;
            /**
             * Format: date
             * @description The date the document (or the extension granted) gives
             */
            statedDeadline: string | null;
            /** Format: date */
            originalDeadline: string | null;
            deadlineText: string | null;
            recurrence: components["schemas"]["Recurrence"] | null;
            /**
             * Format: uuid
             * @description A recurring duty's task: its series
             */
            seriesId: string | null;
            /**
             * Format: date
             * @description A recurring duty's task: the first day of its period
             */
            periodStart: string | null;
            /**
             * Format: date
             * @description A recurring duty's task: the last day of its period
             */
            periodEnd: string | null;
            extensionCount: number;
            extendedWhileOverdue: boolean;
            leadUnit: components["schemas"]["UnitRef"];
            coordinatingUnits: components["schemas"]["UnitRef"][];
            directive: components["schemas"]["TaskDirectiveRef"];
            leaderInCharge: components["schemas"]["PersonRef"] | null;
            clerk: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            updates: components["schemas"]["TaskUpdateView"][];
            extensionRequests: components["schemas"]["ExtensionRequestView"][];
            deadlineHistory: components["schemas"]["DeadlineChangeView"][];
            notifications: components["schemas"]["TaskNotificationView"][];
            /** @description The paragraph of the notice the task was read from */
            sourceParagraph: string | null;
            attachments: components["schemas"]["TaskAttachmentView"][];
            /** @description The recurring duty this task is one period of; null for a task of its own */
            series: components["schemas"]["TaskSeriesView"] | null;
            permissions: components["schemas"]["TaskPermissionsView"];
            /** @description Read by the head of a unit above the lead unit, who follows it and may act on nothing */
            following: boolean;
        };
        TaskDecisionDto: {
            note?: string;
            /** @description The version the person saw; 409 when the task has moved on */
            version?: number;
        };
        TaskReasonDto: {
            reason: string;
            /** @description The version the person saw; 409 when the task has moved on */
            version?: number;
        };
        SeriesStopped: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            stoppedAt: string;
            /** @description The tasks made ahead for periods not yet open, cancelled */
            cancelledTaskIds: string[];
        };
        TaskCorrectionDto: {
            text?: string;
            /** Format: uuid */
            leadUnitId?: string;
            /**
             * Format: date
             * @description The deadline the corrected document gives; null for a standing task
             */
            deadline?: string | null;
            deadlineText?: string;
            reason?: string;
            /** @description The version the person saw; 409 when the task has moved on */
            version?: number;
        };
        ExtensionRequestDto: {
            /**
             * Format: date
             * @description The deadline asked for
             */
            deadline: string;
            reason: string;
        };
        ExtensionRequestRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            taskId: string;
            /** Format: date */
            requestedDeadline: string;
            /** Format: date */
            previousDeadline: string | null;
            reason: string;
            status: components["schemas"]["ExtensionStatus"];
            /** Format: uuid */
            requestedById: string;
            /** Format: uuid */
            decidedById: string | null;
            decisionNote: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ExtensionRequestTask: {
            /** Format: uuid */
            id: string;
            text: string;
            leadUnit: components["schemas"]["UnitRef"];
        };
        ExtensionRequestListView: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            requestedDeadline: string;
            /** Format: date */
            previousDeadline: string | null;
            reason: string;
            status: components["schemas"]["ExtensionStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionNote: string | null;
            requestedBy: components["schemas"]["PersonRef"];
            task: components["schemas"]["ExtensionRequestTask"];
        };
        ExtensionDecisionDto: {
            approve: boolean;
            note?: string;
            /**
             * Format: date
             * @description On approval: the deadline granted, when other than the one asked for
             */
            deadline?: string;
        };
        UnitStatsView: {
            /** Format: uuid */
            unitId: string;
            unitCode: string;
            unitName: string;
            total: number;
            on_track: number;
            due_soon: number;
            overdue: number;
            done_on_time: number;
            done_late: number;
            no_deadline: number;
            /** @description Of the tasks done on time, those done within an extension granted after they were late (hoàn thành quá hạn có gia hạn) */
            doneWithLateExtension: number;
        };
        CalendarSourceView: {
            title: string;
            url: string | null;
            covers: string;
        };
        DayOffView: {
            /** Format: date */
            date: string;
            name: string;
        };
        /** @enum {string} */
        CalendarDayKind: "day_off" | "working_day";
        CalendarDayView: {
            /** Format: date */
            date: string;
            kind: components["schemas"]["CalendarDayKind"];
            name: string;
            /**
             * @description official: the government's announcement; admin: set by an admin here
             * @enum {string}
             */
            origin: "official" | "admin";
        };
        CalendarYearView: {
            year: number;
            /** @description The year's days off are the government's announcement; false: computed by the rule, no announcement known */
            official: boolean;
            sources: components["schemas"]["CalendarSourceView"][];
            /** @description Holidays of an announced year still without an announcement */
            missing: string[];
            /** @description Every weekday off of the year, whatever its origin */
            daysOff: components["schemas"]["DayOffView"][];
            /** @description The days set apart in the database, announced and the admin's */
            days: components["schemas"]["CalendarDayView"][];
        };
        CalendarDayDto: {
            /** Format: date */
            date: string;
            kind: components["schemas"]["CalendarDayKind"];
            name: string;
        };
        AnnouncementSourceDto: {
            title: string;
            /** Format: uri */
            url?: string | null;
            /** @description What of the year it announces */
            covers?: string;
        };
        YearImportDto: {
            table: string;
            sources: components["schemas"]["AnnouncementSourceDto"][];
        };
        LoginDto: {
            /** Format: email */
            email: string;
            password: string;
        };
        MeView: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            unitId: string | null;
            unit: components["schemas"]["UnitRef"] | null;
        };
        SessionView: {
            /** @description A JWT to send as Authorization: Bearer */
            accessToken: string;
            user: components["schemas"]["MeView"];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ReminderPolicyView: {
            /** @description Reminders this many working days before the deadline, e.g. [5, 2] */
            beforeDays: number[];
            /** @description A reminder on the morning of the due date */
            dueDay: boolean;
            /** @description The first overdue notice, this many working days after the deadline */
            overdueAfter: number;
            /** @description Repeat the overdue notice every so many working days; 0: never */
            overdueRepeatEvery: number;
            /** @description Tell the clerk who follows the task at the first overdue notice */
            notifyClerk: boolean;
            /** @description Escalate to the leader in charge at this many working days overdue; 0: never */
            escalateAfter: number;
            /** @description Repeat the escalation every so many working days; 0: never */
            escalateRepeatEvery: number;
            /** @description Also tell the committee's head at this many working days overdue; 0: never */
            chairmanAfter: number;
            /** @description 'HH:mm' morning window, 'any': as soon as due, null: REMINDER_WINDOW */
            sendWindow: string | null;
            /** @description 'HH:mm' the morning window closes (default 11:30): scheduled mail not sent by then waits for the next working morning; null: end of the day. Omitted: the saved value stays */
            sendWindowEnd?: string | null;
            /** @description The leaders' weekly summary on the first working day of the week */
            weeklySummary: boolean;
            /** @description A task is due soon within this many working days of its deadline (default 3) */
            dueSoonWorkingDays?: number;
            /** @description The clerk who follows a task may accept or return its work on the leader's behalf (default false) */
            clerkDecidesWork?: boolean;
            /** @description Urgent event mail (work returned, an extension refused) leaves at once, whatever the hour; false: it waits for the morning window like other mail (default true) */
            urgentEventsAtOnce?: boolean;
            /** @description The window mail goes out in: sendWindow, else REMINDER_WINDOW, else 'any' */
            effectiveWindow: string;
            /**
             * Format: date-time
             * @description null: the defaults, never saved
             */
            updatedAt: string | null;
        };
        ReminderPolicyDto: {
            /** @description Reminders this many working days before the deadline, e.g. [5, 2] */
            beforeDays: number[];
            /** @description A reminder on the morning of the due date */
            dueDay: boolean;
            /** @description The first overdue notice, this many working days after the deadline */
            overdueAfter: number;
            /** @description Repeat the overdue notice every so many working days; 0: never */
            overdueRepeatEvery: number;
            /** @description Tell the clerk who follows the task at the first overdue notice */
            notifyClerk: boolean;
            /** @description Escalate to the leader in charge at this many working days overdue; 0: never */
            escalateAfter: number;
            /** @description Repeat the escalation every so many working days; 0: never */
            escalateRepeatEvery: number;
            /** @description Also tell the committee's head at this many working days overdue; 0: never */
            chairmanAfter: number;
            /** @description 'HH:mm' morning window, 'any': as soon as due, null: REMINDER_WINDOW */
            sendWindow: string | null;
            /** @description 'HH:mm' the morning window closes (default 11:30): scheduled mail not sent by then waits for the next working morning; null: end of the day. Omitted: the saved value stays */
            sendWindowEnd?: string | null;
            /** @description The leaders' weekly summary on the first working day of the week */
            weeklySummary: boolean;
            /** @description A task is due soon within this many working days of its deadline (default 3) */
            dueSoonWorkingDays?: number;
            /** @description The clerk who follows a task may accept or return its work on the leader's behalf (default false) */
            clerkDecidesWork?: boolean;
            /** @description Urgent event mail (work returned, an extension refused) leaves at once, whatever the hour; false: it waits for the morning window like other mail (default true) */
            urgentEventsAtOnce?: boolean;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            key: string;
            /** @description Where it went when sent; planned: where its role led then (null: nobody held it) */
            recipientEmail: string | null;
            recipientName: string | null;
            status: components["schemas"]["NotificationStatus"];
            subject: string | null;
            error: string | null;
            attempts: number;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            sendAfter: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The reminder steps the mail carries, e.g. "before-5, due" */
            step: string | null;
            taskIds: string[];
        };
        ResendResult: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending";
        };
        CaughtMailPageInfo: {
            /** @description false: mail is kept here instead of being sent */
            smtpConfigured: boolean;
        };
        CaughtMailView: {
            /** Format: uuid */
            id: string;
            to: string[];
            subject: string;
            html: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            notificationId: string | null;
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
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description The kind of record: task, directive, unit, user, calendar_day, reminder_policy ... */
                entity?: string;
                /** @description The record changed, e.g. a task id */
                entityId?: string;
                /** @description Who made the change */
                actorId?: string;
                /** @description From this local day, inclusive */
                from?: string;
                /** @description To this local day, inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["AuditEntryView"][];
                    };
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"][];
                };
            };
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
        };
    };
    UnitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                role?: components["schemas"]["Role"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["UserView"][];
                    };
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    DirectivesController_parse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParseRequestDto"];
                "multipart/form-data": components["schemas"]["ParseRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveDraftView"];
                };
            };
        };
    };
    DirectivesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["DirectiveSummary"][];
                    };
                };
            };
        };
    };
    DirectivesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveDraftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveView"];
                };
            };
        };
    };
    DirectivesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveView"];
                };
            };
        };
    };
    DirectivesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectivesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveView"];
                };
            };
        };
    };
    DirectivesController_correctHeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveHeaderCorrectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveView"];
                };
            };
        };
    };
    DirectivesController_addTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAdded"];
                };
            };
        };
    };
    DirectivesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectivePublished"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["TaskView"][];
                    };
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailView"];
                };
            };
        };
    };
    TasksController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCorrectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    progress?: number;
                    note?: string;
                    /** @enum {string} */
                    status?: "in_progress" | "submitted";
                    /** @description The version the person saw; 409 when the task has moved on */
                    version?: number;
                    /** @description multipart/form-data only: up to 10 files of 20 MB, 50 MB in all; .pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .txt .csv .jpg .jpeg .png .webp .tif .tiff .zip .rar .7z */
                    files?: string[];
                };
                "multipart/form-data": {
                    progress?: number;
                    note?: string;
                    /** @enum {string} */
                    status?: "in_progress" | "submitted";
                    /** @description The version the person saw; 409 when the task has moved on */
                    version?: number;
                    /** @description multipart/form-data only: up to 10 files of 20 MB, 50 MB in all; .pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .txt .csv .jpg .jpeg .png .webp .tif .tiff .zip .rar .7z */
                    files?: string[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its name in Content-Disposition (filename* in UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/msword": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.ms-powerpoint": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/rtf": string;
                    "text/plain; charset=utf-8": string;
                    "text/csv; charset=utf-8": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/tiff": string;
                    "application/zip": string;
                    "application/vnd.rar": string;
                    "application/x-7z-compressed": string;
                };
            };
        };
    };
    TasksController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_returnWork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_stopSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesStopped"];
                };
            };
        };
    };
    TasksController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
        };
    };
    TasksController_requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequestRecord"];
                };
            };
        };
    };
    TasksController_listExtensionRequests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["ExtensionRequestListView"][];
                    };
                };
            };
        };
    };
    TasksController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequestRecord"];
                };
            };
        };
    };
    StatsController_units: {
        parameters: {
            query?: {
                /** @description Tasks assigned from this day, inclusive */
                from?: string;
                /** @description Tasks assigned up to this day, inclusive */
                to?: string;
                /** @description Figures as they stood at the end of this day (tính đến ngày), read from the tasks' history; not after today */
                asOf?: string;
                /** @description Only the tasks of this directive */
                directiveId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatsView"][];
                };
            };
        };
    };
    CalendarController_holidays: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
        };
    };
    CalendarController_addDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarDayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDayDto"];
                };
            };
        };
    };
    CalendarController_removeDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarController_importYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YearImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
        };
    };
    ReportsController_xlsx: {
        parameters: {
            query?: {
                /** @description Tasks assigned from this day, inclusive */
                from?: string;
                /** @description Tasks assigned up to this day, inclusive */
                to?: string;
                /** @description Figures as they stood at the end of this day (tính đến ngày), read from the tasks' history; not after today */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_docx: {
        parameters: {
            query?: {
                /** @description Tasks assigned from this day, inclusive */
                from?: string;
                /** @description Tasks assigned up to this day, inclusive */
                to?: string;
                /** @description Figures as they stood at the end of this day (tính đến ngày), read from the tasks' history; not after today */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    RemindersController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
        };
    };
    RemindersController_savePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
        };
    };
    RemindersController_notifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: components["schemas"]["NotificationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & {
                        items: components["schemas"]["NotificationView"][];
                    };
                };
            };
        };
    };
    RemindersController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendResult"];
                };
            };
        };
    };
    RemindersController_caught: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageInfo"] & components["schemas"]["CaughtMailPageInfo"] & {
                        items: components["schemas"]["CaughtMailView"][];
                    };
                };
            };
        };
    };
    RemindersController_caughtHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/html */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    RemindersController_metricsText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueuesController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueuesController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
