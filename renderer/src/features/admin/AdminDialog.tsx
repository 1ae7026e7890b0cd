/**
 * "Staff and devices": the admin screen. Its tabs: the office's staff (add, change name or role, reset a
 * password, turn an account off or on), the devices signed in (sign one out), the priority email (where
 * top-priority concerns are emailed, through which mail server) and the response times (office hours, holidays,
 * first-response targets, synced to every desk) and the replies (reply templates and the response policy for
 * comments, synced too) and the public page (the office's public status list: its settings, logo and embed
 * snippets). Everything goes straight to the office server through
 * OfficeApi; nothing here is stored on the desk.
 */
import { useState, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Clock, Globe, Inbox, Laptop, Mail, MessageSquareText, Network, Users } from 'lucide-react';
import { AppDialog } from '../../components/AppDialog';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { DevicesTab } from './DevicesTab';
import { Open311Tab } from './open311/Open311Tab';
import { PriorityEmailTab } from './PriorityEmailTab';
import { PublicPageTab } from './PublicPageTab';
import { RepliesTab } from './RepliesTab';
import { ResponseTimesTab } from './ResponseTimesTab';
import { StaffTab } from './StaffTab';
import { SuggestionFormTab } from './suggestion-form/SuggestionFormTab';
import './admin.css';

/** Props of the admin dialog: the shell owns whether it is open, the API client and who is signed in. */
export interface AdminDialogProps {
  isOpen: boolean;
  onClose: () => void;
  api: OfficeApi;
  me: { staffId: string; sessionId: string };
}

function AdminTabs({ api, me }: Pick<AdminDialogProps, 'api' | 'me'>): ReactNode {
  const [tab, setTab] = useState<Key>('staff');
  return (
    <Tabs className="admin-tabs" selectedKey={tab} onSelectionChange={setTab}>
      <TabList className="admin-tablist" aria-label={t('admin.tabs')}>
        <Tab id="staff" className="admin-tab-button">
          <Users size={18} aria-hidden />
          {t('admin.tab.staff')}
        </Tab>
        <Tab id="devices" className="admin-tab-button">
          <Laptop size={18} aria-hidden />
          {t('admin.tab.devices')}
        </Tab>
        <Tab id="priority-email" className="admin-tab-button">
          <Mail size={18} aria-hidden />
          {t('admin.tab.priorityEmail')}
        </Tab>
        <Tab id="response-times" className="admin-tab-button">
          <Clock size={18} aria-hidden />
          {t('admin.tab.responseTimes')}
        </Tab>
        <Tab id="replies" className="admin-tab-button">
          <MessageSquareText size={18} aria-hidden />
          {t('admin.tab.replies')}
        </Tab>
        <Tab id="public-page" className="admin-tab-button">
          <Globe size={18} aria-hidden />
          {t('admin.tab.publicPage')}
        </Tab>
        <Tab id="suggestion-form" className="admin-tab-button">
          <Inbox size={18} aria-hidden />
          {t('admin.tab.suggestionForm')}
        </Tab>
        <Tab id="open311" className="admin-tab-button">
          <Network size={18} aria-hidden />
          {t('admin.tab.open311')}
        </Tab>
      </TabList>
      {/* Kept mounted while Devices is shown, so a half-typed form is still there on coming back. */}
      <TabPanel id="staff" className="admin-panel" shouldForceMount>
        <StaffTab api={api} myStaffId={me.staffId} />
      </TabPanel>
      <TabPanel id="devices" className="admin-panel">
        <DevicesTab api={api} mySessionId={me.sessionId} />
      </TabPanel>
      {/* The settings forms stay mounted too: changes not saved yet survive a look at another tab. */}
      <TabPanel id="priority-email" className="admin-panel" shouldForceMount>
        <PriorityEmailTab api={api} />
      </TabPanel>
      <TabPanel id="response-times" className="admin-panel" shouldForceMount>
        <ResponseTimesTab api={api} />
      </TabPanel>
      <TabPanel id="replies" className="admin-panel" shouldForceMount>
        <RepliesTab api={api} />
      </TabPanel>
      <TabPanel id="public-page" className="admin-panel" shouldForceMount>
        <PublicPageTab api={api} />
      </TabPanel>
      <TabPanel id="suggestion-form" className="admin-panel" shouldForceMount>
        <SuggestionFormTab api={api} serverUrl={api.baseUrl} />
      </TabPanel>
      <TabPanel id="open311" className="admin-panel" shouldForceMount>
        <Open311Tab api={api} serverUrl={api.baseUrl} />
      </TabPanel>
    </Tabs>
  );
}

/**
 * The modal admin screen. Its content mounts each time it opens, so lists are fetched fresh. A click outside
 * does not close it (a half-typed form would go); Escape and the close button do.
 */
export function AdminDialog({ isOpen, onClose, api, me }: AdminDialogProps): ReactNode {
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('admin.title')} modalClassName="admin-modal" className="admin-dialog" headerClassName="admin-header">
      <AdminTabs api={api} me={me} />
    </AppDialog>
  );
}
