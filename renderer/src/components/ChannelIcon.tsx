/** How a concern arrived, as an icon with its name (the name may be visually hidden where space is tight). */
import type { ReactNode } from 'react';
import { Ellipsis, FileText, Footprints, Globe, Mail, MessageCircle, Phone, Users, type LucideIcon } from 'lucide-react';
import type { Channel } from '@shared/domain/concern';
import { t } from '../i18n';

const ICONS: Record<Channel, LucideIcon> = {
  phone: Phone,
  'walk-in': Footprints,
  email: Mail,
  'web-form': Globe,
  'social-media': MessageCircle,
  meeting: Users,
  letter: FileText,
  other: Ellipsis,
};

/** The channel's icon and name. */
export function ChannelIcon({ channel, isLabelHidden = false }: { channel: Channel; isLabelHidden?: boolean }): ReactNode {
  const Icon = ICONS[channel];
  return (
    <span className="channel">
      <Icon size={14} aria-hidden="true" />
      <span className={isLabelHidden ? 'visually-hidden' : undefined}>{t(`channel.${channel}`)}</span>
    </span>
  );
}
