import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@dondoc/domain';
import { UnitRef } from '../common/refs';

export class LoginDto {
  @ApiProperty({ format: 'email', maxLength: 255 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(255)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  // The same rule as a password an admin sets.
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200)
  newPassword!: string;
}

/** The signed-in account as the web app knows it. */
export class MeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ type: UnitRef, nullable: true }) unit!: UnitRef | null;
}

/** A sign-in: the token serves API clients and scripts, the web app keeps to its cookie. */
export class SessionView {
  @ApiProperty({ description: 'A JWT to send as Authorization: Bearer' }) accessToken!: string;
  @ApiProperty({ type: MeView }) user!: MeView;
}
