// Every partnership use case, and the clearinghouse partnerships share into, built together
// because they share the store, the clock and (for invitations and review reminders) the mailer. The server and the API contract test build one of these.
#pragma once

#include "app/balance_service.h"
#include "app/calendar_feed_service.h"
#include "app/charter_service.h"
#include "app/discussion_service.h"
#include "app/engagement_service.h"
#include "app/meeting_service.h"
#include "app/minutes_service.h"
#include "app/notification_service.h"
#include "app/membership_service.h"
#include "app/partnership_service.h"
#include "app/plan_register_service.h"
#include "app/plan_review_service.h"
#include "app/plan_service.h"
#include "app/plan_transfer_service.h"
#include "app/resource_service.h"
#include "app/resource_shelf_service.h"
#include "app/resource_topic_service.h"
#include "app/resource_transfer_service.h"
#include "app/responsibility_service.h"

namespace cg::app {

struct PartnershipServices {
  PartnershipServices(store::Store& store, mail::Mailer& mailer, AuthService& auth, const Clock& clock,
                      MembershipSettings settings)
      : partnerships(store, clock),
        balance(store, clock),
        members(store, mailer, auth, clock, settings),
        charters(store, clock),
        responsibilities(store, clock),
        plans(store, clock),
        plan_transfers(store, clock),
        plan_registers(store, clock),
        plan_reviews(store, mailer, clock, settings.public_url),
        calendar_feeds(store, clock, settings.public_url),
        meetings(store, clock, settings.public_url),
        minutes(store, clock),
        engagement(store, clock),
        discussion(store, clock, plans),
        notifications(store, mailer, clock, settings.public_url),
        resources(store, clock),
        resource_topics(store, clock, resources),
        resource_shelves(store, clock),
        resource_transfers(store, clock, resources) {}

  PartnershipService partnerships;
  BalanceService balance;
  MembershipService members;
  CharterService charters;
  ResponsibilityService responsibilities;
  PlanService plans;
  PlanTransferService plan_transfers;
  PlanRegisterService plan_registers;
  PlanReviewService plan_reviews;
  CalendarFeedService calendar_feeds;
  MeetingService meetings;
  MinutesService minutes;
  EngagementService engagement;
  DiscussionService discussion;
  NotificationService notifications;
  ResourceService resources;
  ResourceTopicService resource_topics;
  ResourceShelfService resource_shelves;
  ResourceTransferService resource_transfers;
};

}  // namespace cg::app
