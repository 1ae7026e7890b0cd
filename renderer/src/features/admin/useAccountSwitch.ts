/**
 * Turning accounts off and on from the staff table: the account waiting for "Turn off?" to be answered, the
 * request, and the server's refusal (the office's only admin, say) with a way to try again.
 */
import { useState } from 'react';
import type { StaffMember } from '@shared/api/admin';
import type { OfficeApi } from '../../office/office-api';
import { apiProblem, type ApiProblem } from './api-problem';

/** State and actions of turning accounts off and on. */
export interface AccountSwitch {
  /** The account whose turning off waits for confirmation. */
  readonly asking: StaffMember | undefined;
  readonly problem: ApiProblem | undefined;
  askToTurnOff(member: StaffMember): void;
  cancel(): void;
  /** Turns the account off (isDisabled true) or on at once. */
  turn(member: StaffMember, isDisabled: boolean): void;
  /** Sends the last failed request again. */
  retry(): void;
}

/** `onChanged` gets the account as the server now has it. */
export function useAccountSwitch(api: OfficeApi, onChanged: (member: StaffMember) => void): AccountSwitch {
  const [asking, setAsking] = useState<StaffMember>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [failed, setFailed] = useState<{ member: StaffMember; isDisabled: boolean }>();

  const turn = (member: StaffMember, isDisabled: boolean) => {
    setAsking(undefined);
    setProblem(undefined);
    api.updateStaff(member.id, { isDisabled }).then(
      (updated) => {
        setFailed(undefined);
        onChanged(updated);
      },
      (error: unknown) => {
        setFailed({ member, isDisabled });
        setProblem(apiProblem(error));
      },
    );
  };

  return {
    asking,
    problem,
    askToTurnOff(member) {
      setProblem(undefined);
      setAsking(member);
    },
    cancel: () => setAsking(undefined),
    turn,
    retry() {
      if (failed !== undefined) turn(failed.member, failed.isDisabled);
    },
  };
}
