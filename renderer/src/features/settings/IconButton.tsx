/** A compact icon button whose name is also shown as a tooltip on hover and keyboard focus. */
import type { ReactNode } from 'react';
import { Button, Tooltip, TooltipTrigger, type ButtonProps } from 'react-aria-components';

/** Props: the accessible name (also the tooltip), the icon, and any react-aria Button props. */
export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'aria-label'> {
  label: string;
  icon: ReactNode;
  'data-control'?: string;
}

/** An icon-only button; the label is its accessible name, so the icon is hidden from assistive technology. */
export function IconButton({ label, icon, className, ...props }: IconButtonProps): ReactNode {
  return (
    <TooltipTrigger delay={600}>
      <Button {...props} aria-label={label} className={['settings-icon-button', className].filter(Boolean).join(' ')}>
        {icon}
      </Button>
      <Tooltip className="settings-tooltip" offset={6}>
        {label}
      </Tooltip>
    </TooltipTrigger>
  );
}
